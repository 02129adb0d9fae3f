// What the loader (index.ts, on every page of a covered site) hands the panel's code (panel-ui.tsx,
// injected on intent): both run in the same isolated world, so the panel's code leaves its entry
// point on that world's global object, where the page cannot reach it.
import type { PanelState } from '../../lib/platform/messages';
import type { ContentScriptContext } from '../../lib/platform/quiet-content-script-context';
import type { SiteEntry } from '../../policies/sites';
import type { MountedHost } from './mount';

/** The global name under which panel-ui.js leaves `createPanelUi`. */
export const panelUiGlobal = '__policyLensPanelUi';

export interface PanelUiContext {
  site: SiteEntry;
  /** What the background told the loader (kept current by the loader as settings change). */
  state: PanelState;
  ctx: ContentScriptContext;
  /** The user hid Policy Lens on this site from the panel: the loader removes the host. */
  onHidden(): void;
}

export interface PanelUi {
  /**
   * Draws the panel into `mounted`, in place of the loader's launcher. `open`: the user clicked the
   * launcher (or pressed the shortcut) before the code arrived, so the panel opens now, with focus in
   * it; `focusLauncher`: focus was on the loader's launcher, so it goes on to the panel's.
   */
  attach(mounted: MountedHost, how: { open: boolean; focusLauncher: boolean }): void;
  /** Hidden on this site (here or elsewhere): the panel calls `onHidden` now, or, when the user did it
   *  here, once they are done with the notice that offers to undo it. */
  hide(): void;
  /** The host is going (hidden on this site, or the extension went away). */
  detach(): void;
}

export type CreatePanelUi = (context: PanelUiContext) => PanelUi;
