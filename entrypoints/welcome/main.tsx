import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/options/Welcome';
import '../../components/theme.css';
import '../../components/drafter/drafter.css';
import '../../components/options/options.css';
import { themeSetting, uiLang } from '../../lib/platform/settings';
import { panelCommand } from '../../lib/platform/storage-keys';

async function main() {
  const [lang, theme, commands] = await Promise.all([
    uiLang(),
    themeSetting.getValue().catch(() => 'auto' as const),
    browser.commands.getAll().catch(() => []),
  ]);
  if (theme !== 'auto') document.documentElement.dataset.theme = theme;
  const shortcut = commands.find((c) => c.name === panelCommand)?.shortcut ?? '';
  render(
    <Welcome lang={lang} shortcut={shortcut} onSettings={() => void browser.runtime.openOptionsPage()} />,
    document.getElementById('app')!,
  );
}

void main();
