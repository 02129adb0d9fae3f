import type { DrafterState } from './state';
import { drafterStrings } from './strings';

/** The letter on its own, for paper: subject and body, which ends with the date and the signature line. */
export function PrintView({ state }: { state: DrafterState }) {
  const t = drafterStrings[state.lang.value];
  const r = state.record.value;
  const letter = r.status !== 'draft' && r.letter ? r.letter : state.letter.value;
  // Registered post is recommended only once there is an address to send it to.
  const postalKnown =
    Boolean(r.person.operatorAddress?.trim()) ||
    state.policy.value.operator.contacts.some((c) => c.kind === 'postal');
  return (
    <div class="print-view">
      <div class="buttons no-print">
        <button type="button" class="primary" id="pl-print-now" onClick={() => window.print()}>
          {t.print}
        </button>
        <button
          type="button"
          id="pl-print-close"
          onClick={() => {
            state.view.value = 'draft';
          }}
        >
          {t.close}
        </button>
      </div>
      <p class="hint no-print">{postalKnown ? t.printHint : t.printNoAddress}</p>
      <article class="paper" lang="ru">
        <p class="paper-subject">{letter.subject}</p>
        <pre class="paper-body">{letter.body}</pre>
      </article>
    </div>
  );
}
