import type { JSX } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onValue(value: string): void;
  onBlur?(): void;
  error?: string;
  hint?: string;
  /** 'required' or 'optional' tag text, shown after the label. */
  tag?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date';
  autoComplete?: string;
  multiline?: boolean;
  disabled?: boolean;
}

/** A labelled input with its hint and its validation message, both tied to it for screen readers.
 *  Values are rendered as text by Preact: nothing typed is ever parsed as HTML. */
export function Field(p: FieldProps) {
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  const errorId = p.error ? `${p.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id: p.id,
    name: p.id,
    value: p.value,
    required: p.required,
    disabled: p.disabled,
    'aria-invalid': p.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      p.onValue(e.currentTarget.value),
    onBlur: p.onBlur,
  };
  return (
    <div class={`field${p.error ? ' invalid' : ''}`}>
      <label for={p.id}>
        {p.label}
        {p.tag && <span class="tag"> ({p.tag})</span>}
      </label>
      {p.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type={p.type ?? 'text'} autoComplete={p.autoComplete} />
      )}
      {p.hint && (
        <p class="hint" id={hintId}>
          {p.hint}
        </p>
      )}
      {p.error && (
        // Not an alert: the field refers to it (aria-describedby) and the form says once, in its status
        // line, that fields need fixing; the focus then goes to the first of them.
        <p class="error" id={errorId}>
          {p.error}
        </p>
      )}
    </div>
  );
}
