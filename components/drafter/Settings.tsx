import { getPolicy } from '../../policies';
import type { DrafterState } from './state';
import { drafterStrings } from './strings';

/** Sites where the user hid the panel, each with a way back. */
export function Settings({ state }: { state: DrafterState }) {
  const t = drafterStrings[state.lang.value];
  const hidden = state.hiddenSites.value;
  return (
    <section class="settings" aria-labelledby="pl-hidden-h">
      <h2 id="pl-hidden-h">{t.hiddenHeading}</h2>
      {hidden.length === 0 ? (
        <p class="muted">{t.hiddenNone}</p>
      ) : (
        <ul class="hidden-sites">
          {hidden.map((id) => (
            <li key={id}>
              <span>{getPolicy(id)?.site.name ?? id}</span>{' '}
              <button type="button" onClick={() => void state.showPanelAgain(id)}>
                {t.showAgain}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
