// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Panel, type PanelProps } from '../../components/panel/Panel';
import { expertPlus } from '../../policies/expert.plus';
import { exampleShop } from '../fixtures/policies/example-shop';
import { panelProps, renderHost } from './render-panel';

const mounted = renderHost();

function show(overrides: Partial<PanelProps> = {}) {
  const props: PanelProps = { ...panelProps(true), ...overrides };
  mounted.show(<Panel {...props} />);
  return props;
}

const q = <T extends Element = HTMLElement>(sel: string) => mounted.host.querySelector<T>(sel);
const qa = (sel: string) => [...mounted.host.querySelectorAll<HTMLElement>(sel)];

describe('Panel', () => {
  it('shows every summary section as a heading, in Russian', () => {
    show();
    expect(qa('h3').map((h) => h.textContent)).toEqual([
      'Запрос оператору',
      'Главное',
      'Какие данные собираются',
      'Зачем они нужны',
      'Кому могут передать',
      'Сколько хранят',
      'Ваши права и как удалить данные',
      'Защита',
      'Согласие',
      'Изменения политики',
      'Контакты оператора',
      'На что обратить внимание',
    ]);
    expect(q('#pl-title')?.textContent).toBe('Что expert.plus делает с вашими данными');
  });

  it('renders one item for every statement of the policy, each with its citation button', () => {
    show();
    const s = expertPlus.summary;
    const expected =
      s.verdict.length +
      s.collected.length +
      s.purposes.length +
      s.sharing.length +
      s.retention.length +
      s.rights.length +
      s.security.length +
      s.consent.length +
      s.changes.length +
      s.contacts.length +
      expertPlus.attention.length;
    expect(qa('li.statement')).toHaveLength(expected);
    expect(qa('li.statement .cite')).toHaveLength(expected);
  });

  it('groups collected data by how it is obtained, leaving out empty groups', () => {
    show({ lang: 'en' });
    // expert.plus: what the user gives (1.1, 1.3) and what is taken automatically (1.2).
    expect(qa('[data-section="collected"] h4').map((h) => h.textContent)).toEqual([
      'You give it yourself',
      'Collected automatically',
    ]);
    expect(qa('[data-section="collected"] .group:last-child li').map((li) => li.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('IP')]),
    );
  });

  it('expands a statement to the verbatim clause, with an English rendering in English UI', () => {
    show({ lang: 'en' });
    const item = qa('li.statement').find((li) =>
      li.querySelector('.cite')?.textContent?.includes('clause 4.2'),
    );
    expect(item).toBeDefined();
    const button = item!.querySelector<HTMLButtonElement>('.cite')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const clause = expertPlus.source.clauses.find((c) => c.id === '4.2')!;
    const figure = item!.querySelector('[data-clause="4.2"]')!;
    expect(figure.querySelector('blockquote[lang="ru"]')?.textContent).toBe(clause.text);
    expect(figure.querySelector('blockquote[lang="en"]')?.textContent).toContain(clause.en);
    expect(button.getAttribute('aria-controls')).toBe(item!.querySelector('.sources')?.id);
  });

  it('shows no English rendering in Russian UI', () => {
    show({ lang: 'ru' });
    const button = q<HTMLButtonElement>('.cite')!;
    act(() => button.click());
    expect(qa('blockquote[lang="en"]')).toHaveLength(0);
    expect(qa('blockquote[lang="ru"]').length).toBeGreaterThan(0);
  });

  it('offers the four request actions and passes the kind and its clauses', async () => {
    const props = show();
    expect(qa('.action').map((b) => b.textContent)).toEqual([
      'Удалить мои данные',
      'Отозвать согласие',
      'Узнать, что обо мне хранят',
      'Исправить мои данные',
    ]);
    await act(async () => q<HTMLButtonElement>('.action[data-request="deletion"]')!.click());
    expect(props.onRequest).toHaveBeenCalledWith('deletion');
  });

  it('says so when the drafter could not be opened', async () => {
    show({ onRequest: vi.fn(async () => false) });
    await act(async () => q<HTMLButtonElement>('.action[data-request="access"]')!.click());
    expect(q('[role="alert"]')?.textContent).toContain('Не удалось открыть окно запроса');
  });

  it('ignores every click and key a page script makes (untrusted events), with the default check', async () => {
    // No isUserEvent: the extension's own path, where only `event.isTrusted` events count.
    const props = show({ isUserEvent: undefined, open: true });
    await act(async () => {
      q<HTMLButtonElement>('.launcher')!.click();
      q<HTMLButtonElement>('.close')!.click();
      q<HTMLButtonElement>('.lang-switch button[lang="en"]')!.click();
      for (const b of qa('.action')) b.click();
      q<HTMLButtonElement>('[data-action="hide"]')!.click();
      q('#pl-panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(props.onOpenChange).not.toHaveBeenCalled();
    expect(props.onLang).not.toHaveBeenCalled();
    expect(props.onRequest).not.toHaveBeenCalled();
    expect(props.onHide).not.toHaveBeenCalled();
  });

  it('opens one drafter at a time: clicks while one is opening are dropped', async () => {
    let finish: (ok: boolean) => void = () => undefined;
    const onRequest = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    show({ onRequest });
    await act(async () => {
      for (let i = 0; i < 5; i++) q<HTMLButtonElement>('.action[data-request="deletion"]')!.click();
    });
    expect(onRequest).toHaveBeenCalledTimes(1);
    await act(async () => finish(true));
    await act(async () => q<HTMLButtonElement>('.action[data-request="deletion"]')!.click());
    expect(onRequest).toHaveBeenCalledTimes(2);
  });

  it('closes on Escape and from the close button', () => {
    const props = show();
    act(() => {
      q('#pl-panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(props.onOpenChange).toHaveBeenCalledWith(false);
    act(() => q<HTMLButtonElement>('.close')!.click());
    expect(props.onOpenChange).toHaveBeenCalledTimes(2);
  });

  it('marks the pressed language and switches', () => {
    const props = show({ lang: 'en' });
    expect(q('.lang-switch button[lang="en"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(q('.lang-switch button[lang="ru"]')?.getAttribute('aria-pressed')).toBe('false');
    act(() => q<HTMLButtonElement>('.lang-switch button[lang="ru"]')!.click());
    expect(props.onLang).toHaveBeenCalledWith('ru');
  });

  it('keeps the launcher and hides the panel when closed', () => {
    show({ open: false });
    expect(q('.launcher')?.getAttribute('aria-expanded')).toBe('false');
    expect(q<HTMLElement>('#pl-panel')!.hidden).toBe(true);
  });

  it('says the summary is loading, or that it failed to load', () => {
    show({ policy: undefined });
    expect(q('[role="status"]')?.textContent).toBe('Загрузка сводки…');
    show({ policy: null, lang: 'en' });
    expect(q('[role="status"]')?.textContent).toBe('Could not load the policy summary. Reload the page.');
  });

  it('marks statements citing a changed clause as possibly outdated', () => {
    show({ changedClauses: new Set(['4.2']), outdatedLabel: 'Возможно, устарело' });
    const outdated = qa('li.statement.outdated');
    expect(outdated.length).toBeGreaterThan(0);
    for (const li of outdated)
      expect(li.querySelector('.outdated-note')?.textContent).toBe('Возможно, устарело');
  });

  it('shows the review date and renders any policy from data alone', () => {
    show({ policy: exampleShop, siteName: exampleShop.site.name, lang: 'en' });
    expect(q('.panel-footer')?.textContent).toContain('25 Nov 2026');
    expect(qa('li.statement').length).toBeGreaterThan(0);
  });

  it('shows text from the data as text, never as markup', () => {
    const hostile = structuredClone(exampleShop);
    hostile.summary.verdict[0]!.text.en = '<img src=x onerror="alert(1)">';
    show({ policy: hostile, siteName: 'shop.example', lang: 'en' });
    expect(q('img')).toBeNull();
    expect(mounted.host.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
