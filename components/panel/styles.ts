// The side panel's whole style sheet, as a string for the closed shadow root: the theme, the launcher's
// rules (which the loader carries alone, with launcher-theme.css) and the panel's.
import themeCss from '../theme.css?inline';
import launcherCss from './launcher.css?inline';
import panelCss from './panel.css?inline';

export const panelStyles = themeCss + launcherCss + panelCss;
