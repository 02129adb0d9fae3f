import { render } from 'preact';
import css from '../../components/panel/panel.css?inline';
import { findSiteForUrl } from '../../policies/sites';
import { hiddenSitesSetting, languageSetting, panelOpenSetting } from '../../utils/settings';
import { App } from './App';
import { type MountedHost, mountPanelHost } from './mount';

export default defineContentScript({
  // Literal, because WXT reads it at build time; a unit test checks it equals hostMatchPatterns().
  matches: ['*://expert.plus/*', '*://*.expert.plus/*'],
  async main(ctx) {
    const site = findSiteForUrl(location.href);
    if (!site) return;

    let mounted: MountedHost | undefined;
    const unmount = () => {
      if (!mounted) return;
      render(null, mounted.container);
      mounted.remove();
      mounted = undefined;
    };
    const mount = async () => {
      if (mounted || !ctx.isValid) return;
      const [lang, open] = await Promise.all([languageSetting.getValue(), panelOpenSetting.getValue()]);
      if (mounted || !ctx.isValid) return;
      mounted = mountPanelHost(document, css);
      render(<App site={site} initialLang={lang} initialOpen={open} onHidden={unmount} />, mounted.container);
    };

    // "Hide on this site" is undone from the extension window; follow it live.
    const apply = (hidden: string[]) => (hidden.includes(site.id) ? unmount() : mount());
    await apply(await hiddenSitesSetting.getValue());
    const unwatch = hiddenSitesSetting.watch((hidden) => void apply(hidden));
    ctx.onInvalidated(() => {
      unwatch();
      unmount();
    });
  },
});
