import { browser } from 'wxt/browser';
import { policies } from '../../policies';
import type { DrafterState } from './state';
import { drafterStrings } from './strings';

/** The sites Policy Lens covers, each with a switch that shows or hides the panel there; and the rest
 *  of the settings, one link away. */
export function Settings({ state }: { state: DrafterState }) {
  const t = drafterStrings[state.lang.value];
  const hidden = state.hiddenSites.value;
  return (
    <section class="settings" aria-labelledby="pl-hidden-h">
      <h2 id="pl-hidden-h">{t.hiddenHeading}</h2>
      {policies.map((p) => (
        <div class="switch" key={p.id}>
          <input
            type="checkbox"
            role="switch"
            id={`pl-site-${p.id}`}
            data-site={p.id}
            checked={!hidden.includes(p.id)}
            aria-checked={!hidden.includes(p.id)}
            onChange={(e) => void state.setShownOn(p.id, e.currentTarget.checked)}
          />
          <label for={`pl-site-${p.id}`}>{t.showOn(p.site.name)}</label>
        </div>
      ))}
      <p>
        <button type="button" id="pl-open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t.allSettings}
        </button>
      </p>
    </section>
  );
}
