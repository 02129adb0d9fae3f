// @vitest-environment jsdom
// The options page: every choice is one storage item, read back as it was left; hidden sites are
// switches; "delete everything" asks first, keeps the focus in place and says what happened.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options, type OptionsData } from '../../components/options/Options';
import { liveRegions } from './live-regions';

let host: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const settle = () => act(() => new Promise((r) => setTimeout(r, 10)));

function optionsData(): OptionsData {
  return {
    exportBackup: vi.fn(async () => ({ name: 'backup.json', text: '{}' })),
    importBackup: vi.fn(async () => ({ kind: 'info' as const, text: 'Imported.' })),
    deleteEverything: vi.fn(async () => {
      await fakeBrowser.storage.local.clear();
      return true;
    }),
    shortcut: vi.fn(async () => 'Alt+Shift+D'),
    download: vi.fn(),
  };
}

const q = <T extends Element = HTMLElement>(sel: string) => host.querySelector<T>(sel)!;

describe('the options page', () => {
  it('stores each choice under its own key and shows it again on the next visit', async () => {
    await fakeBrowser.storage.local.set({ language: 'en' });
    act(() => render(<Options data={optionsData()} />, host));
    await settle();
    expect(q('h1').textContent).toBe('Policy Lens settings');
    expect(q('#pl-o-shortcut').textContent).toContain('Alt+Shift+D');
    act(() => q<HTMLInputElement>('#pl-o-theme-dark').click());
    act(() => q<HTMLInputElement>('#pl-o-side-left').click());
    act(() => q<HTMLInputElement>('#pl-o-autoopen').click());
    act(() => q<HTMLInputElement>('#pl-o-site-expert\\.plus').click());
    act(() => q<HTMLInputElement>('#pl-o-reminders-on').click());
    await settle();
    expect(await fakeBrowser.storage.local.get(null)).toMatchObject({
      language: 'en',
      theme: 'dark',
      launcherSide: 'left',
      autoOpen: true,
      hiddenSites: ['expert.plus'],
      reminders: { on: false, hour: 9 },
    });
    expect(document.documentElement.dataset.theme).toBe('dark');
    render(null, host);
    act(() => render(<Options data={optionsData()} />, host));
    await settle();
    expect(q<HTMLInputElement>('#pl-o-theme-dark').checked).toBe(true);
    expect(q<HTMLInputElement>('#pl-o-side-left').checked).toBe(true);
    expect(q<HTMLInputElement>('#pl-o-autoopen').checked).toBe(true);
    expect(q<HTMLInputElement>('#pl-o-site-expert\\.plus').checked).toBe(false);
    expect(q<HTMLSelectElement>('#pl-o-hour').disabled).toBe(true);
  });

  it('deletes everything only after asking, with the focus on the question, then says so', async () => {
    const d = optionsData();
    await fakeBrowser.storage.local.set({ language: 'ru', theme: 'dark' });
    act(() => render(<Options data={d} />, host));
    await settle();
    expect(q('#pl-o-delete-everything').textContent).toBe(
      'Удалить всё, что Policy Lens хранит в этом браузере',
    );
    act(() => q<HTMLButtonElement>('#pl-o-delete-everything').click());
    await settle();
    expect(d.deleteEverything).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Отмена');
    act(() => q<HTMLButtonElement>('#pl-o-delete-everything-yes').click());
    await settle();
    expect(d.deleteEverything).toHaveBeenCalledOnce();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(q('#pl-o-status').textContent).toMatch(/удалено/);
    expect(document.activeElement?.id).toBe('pl-o-status');
  });

  it('has one polite live region, which export, import and deletion all use', async () => {
    const data = optionsData();
    await fakeBrowser.storage.local.set({ language: 'ru' });
    act(() => render(<Options data={data} />, host));
    await settle();
    const regions = () => liveRegions(host).map((el) => `${el.id}[role=${el.getAttribute('role')}]`);
    expect(regions()).toEqual(['pl-o-status[role=status]']);
    act(() => q<HTMLButtonElement>('#pl-o-export').click());
    await settle();
    expect(data.download).toHaveBeenCalledWith('backup.json', '{}');
    expect(q('#pl-o-status').textContent).toBe(
      'Резервная копия сохранена в файл backup.json (папка загрузок).',
    );
    // A file chosen with the import control (jsdom's File has no text(): the picker's file, as read).
    const input = q<HTMLInputElement>('#pl-o-import');
    // jsdom lays nothing out and has no scrollIntoView: the control is kept in sight by one.
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    input.focus();
    Object.defineProperty(input, 'files', {
      value: [{ name: 'b.json', size: 2, text: async () => '{}' }],
      configurable: true,
    });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(q('#pl-o-status').textContent).toBe('Imported.'));
    expect(data.importBackup).toHaveBeenCalledWith('{}', 'ru');
    // The import control is still there: the focus stays on it, and it is scrolled into sight.
    expect(document.activeElement?.id).toBe('pl-o-import');
    // Once at once, once more after the rows above would have settled.
    await vi.waitFor(() => expect(scrolled).toHaveBeenCalledTimes(2));
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' });
    expect(regions()).toEqual(['pl-o-status[role=status]']);
    delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
  });
});
