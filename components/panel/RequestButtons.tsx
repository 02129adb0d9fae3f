import { useRef, useState } from 'preact/hooks';
import type { Lang, RequestKind } from '../../policies/types';
import { forUser, type UserEvents } from './PanelFrame';
import { panelStrings } from './strings';

/** The requests a panel offers, in this order: the curated summary and an automatic reading alike. */
const panelActions: RequestKind[] = ['deletion', 'withdraw-consent', 'access', 'correction'];

/** The panel's request buttons, and a note when the drafter could not be opened. */
export function RequestButtons(
  props: UserEvents & {
    lang: Lang;
    /** Opens the request drafter; resolves false when it could not. */
    onRequest(kind: RequestKind): Promise<boolean>;
  },
) {
  const t = panelStrings[props.lang];
  const [failed, setFailed] = useState(false);
  // One drafter per click: while one is being opened, further clicks wait for it.
  const opening = useRef(false);
  const request = async (kind: RequestKind) => {
    if (opening.current) return;
    opening.current = true;
    try {
      setFailed(!(await props.onRequest(kind)));
    } finally {
      opening.current = false;
    }
  };
  return (
    <>
      <ul>
        {panelActions.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              class="action"
              data-request={kind}
              onClick={forUser(props, () => void request(kind))}
            >
              {t.actions[kind]}
            </button>
          </li>
        ))}
      </ul>
      {failed && (
        <p role="alert" class="error">
          {t.actionFailed}
        </p>
      )}
    </>
  );
}
