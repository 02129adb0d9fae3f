import { useState } from 'preact/hooks';
import { numberState, operatorProblems, type RequestOperator } from '../../lib/requests/operator';
import type { Lang } from '../../policies/types';
import { Field } from './Field';
import { operatorStrings } from './operator-strings';

interface Props {
  operator: RequestOperator;
  lang: Lang;
  locked: boolean;
  /** Show every problem (the user tried to copy or send). */
  showErrors: boolean;
  onChange(next: RequestOperator): void;
}

/**
 * The operator a request to any site goes to (read from its policy or typed): every field editable, and a
 * confirmation the letter waits for. A curated policy's operator (expert.plus) is not shown here.
 */
export function OperatorFields({ operator, lang, locked, showErrors, onChange }: Props) {
  const t = operatorStrings[lang];
  const problems = operatorProblems(operator);
  const set = (patch: Partial<RequestOperator>) => onChange({ ...operator, ...patch });
  const numberNote = (kind: 'inn' | 'ogrn', value: string) => {
    const state = numberState(kind, value);
    if (state === 'empty') return undefined;
    return state === 'valid' ? t.numberValid : t.numberInvalid;
  };
  // What the user types in the e-mail box, commas and all; the operator keeps the parsed list.
  const [emailsText, setEmailsText] = useState(operator.emails.join(', '));
  const digits = (v: string) => v.replace(/[^\d]/g, '').slice(0, 15);
  return (
    <fieldset disabled={locked} class="operator" data-operator-source={operator.source}>
      <legend>{t.legend}</legend>
      <p class="hint">{operator.source === 'reading' ? t.fromReading : t.typed}</p>
      <Field
        id="pl-op-name"
        label={t.name}
        hint={t.nameHint}
        required
        value={operator.name}
        onValue={(name) => set({ name })}
        error={showErrors && problems.includes('name') ? t.nameMissing : undefined}
      />
      <div class="row">
        <Field
          id="pl-op-inn"
          label={t.inn}
          value={operator.inn}
          onValue={(v) => set({ inn: digits(v).slice(0, 12) })}
          hint={problems.includes('inn') ? undefined : numberNote('inn', operator.inn)}
          error={problems.includes('inn') ? t.numberInvalid : undefined}
        />
        <Field
          id="pl-op-ogrn"
          label={t.ogrn}
          value={operator.ogrn}
          onValue={(v) => set({ ogrn: digits(v) })}
          hint={problems.includes('ogrn') ? undefined : numberNote('ogrn', operator.ogrn)}
          error={problems.includes('ogrn') ? t.numberInvalid : undefined}
        />
      </div>
      <Field
        id="pl-op-address"
        label={t.address}
        multiline
        value={operator.address}
        onValue={(address) => set({ address })}
      />
      <Field
        id="pl-op-site"
        label={t.site}
        required
        value={operator.site.name}
        onValue={(name) => set({ site: { ...operator.site, name } })}
        error={showErrors && problems.includes('site') ? t.siteMissing : undefined}
      />
      <Field
        id="pl-op-emails"
        label={t.emails}
        type="text"
        hint={t.emailsHint}
        value={emailsText}
        onValue={(v) => {
          setEmailsText(v);
          set({
            emails: v
              .split(/[,;\s]+/)
              .map((e) => e.trim())
              .filter(Boolean)
              .slice(0, 5),
          });
        }}
      />
      <div class={`confirm${showErrors && !operator.confirmed ? ' invalid' : ''}`}>
        <input
          type="checkbox"
          id="pl-op-confirm"
          checked={operator.confirmed}
          aria-invalid={showErrors && !operator.confirmed ? 'true' : undefined}
          aria-describedby={showErrors && !operator.confirmed ? 'pl-op-confirm-error' : undefined}
          onChange={(e) => set({ confirmed: e.currentTarget.checked })}
        />
        <label for="pl-op-confirm">{operator.source === 'reading' ? t.confirm : t.confirmTyped}</label>
        {showErrors && !operator.confirmed && (
          <p class="error" id="pl-op-confirm-error">
            {t.confirmNeeded}
          </p>
        )}
      </div>
    </fieldset>
  );
}
