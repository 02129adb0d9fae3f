// @vitest-environment jsdom
// The reading panel on the fixture sites' policies, read by the real reader (lib/policy-reading): what a
// user sees for a full policy, for a silent one, and for one naming no operator; citations open the exact
// sentence, highlighted, with its clause number.
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { citationExcerpt, ReadingPanel, type ReadingPanelProps } from '../../components/reading/ReadingPanel';
import { policyText } from '../../entrypoints/site-reading/page-text';
import { readPolicy } from '../../lib/policy-reading';
import { siteHtml, siteUrls } from '../fixtures/sites/sites';
import { frameProps, renderHost } from './render-panel';

const mounted = renderHost();

function textOf(url: string): string {
  return policyText(new DOMParser().parseFromString(siteHtml(url), 'text/html'));
}

function show(url: string, overrides: Partial<ReadingPanelProps> = {}) {
  const text = textOf(url);
  const props: ReadingPanelProps = {
    reading: readPolicy(text, { url }),
    text,
    sourceLabel: url,
    siteName: new URL(url).hostname,
    ...frameProps(),
    open: true,
    ...overrides,
  };
  mounted.show(<ReadingPanel {...props} />);
  return props;
}

const q = <T extends Element = HTMLElement>(sel: string) => mounted.host.querySelector<T>(sel);
const section = (id: string) => q(`[data-section="${id}"]`)?.textContent ?? '';

describe('ReadingPanel', () => {
  it('is marked as an automatic reading, in the panel frame', () => {
    show(siteUrls.shopPolicy);
    expect(q('[data-panel-kind="reading"]')).not.toBeNull();
    expect(q('.notice.automatic h3')?.textContent).toBe('Прочитано автоматически: проверьте по цитатам');
    expect(q('#pl-title')?.textContent).toBe('Политика romashka-shop.ru: что в ней сказано');
  });

  it('shows the operator with ИНН and ОГРН and their checksum state', () => {
    show(siteUrls.shopPolicy);
    expect(section('operator')).toContain('Общество с ограниченной ответственностью «Ромашка»');
    expect(q('[data-line="op-inn"] [data-checksum]')?.getAttribute('data-checksum')).toBe('valid');
    expect(q('[data-line="op-ogrn"] [data-checksum]')?.getAttribute('data-checksum')).toBe('valid');
    expect(section('operator')).toContain('ИНН: 7704123450 (контрольная цифра сходится)');
  });

  it('marks an ИНН whose check digit fails', () => {
    const text = textOf(siteUrls.shopPolicy).replace('7704123450', '7704123451');
    show(siteUrls.shopPolicy, { text, reading: readPolicy(text, { url: siteUrls.shopPolicy }) });
    expect(q('[data-line="op-inn"] [data-checksum]')?.getAttribute('data-checksum')).toBe('invalid');
    expect(section('operator')).toContain('контрольная цифра не сходится');
  });

  it('opens the sentence a line was read from, highlighted, with the clause number', () => {
    const props = show(siteUrls.shopPolicy);
    const button = q<HTMLButtonElement>('[data-line="op-inn"] .cite')!;
    expect(button.textContent).toBe('Текст: п. 1.2');
    act(() => button.click());
    const figure = q('[data-line="op-inn"] .source')!;
    expect(figure.getAttribute('data-clause')).toBe('1.2');
    expect(figure.querySelector('figcaption')?.textContent).toBe('п. 1.2');
    const cite = props.reading.evidence.operator.inn[0]!;
    expect(figure.querySelector('mark')?.textContent).toBe(props.text.slice(cite.start, cite.end));
    expect(figure.querySelector('mark')?.textContent).toContain('ИНН 7704123450');
  });

  it('says "the policy does not say" where it is silent', () => {
    show(siteUrls.aptekaPolicy);
    expect(section('retention')).toContain('Политика об этом не говорит');
    expect(section('attention')).toContain('Срок хранения данных не указан');
  });

  it('says so when the policy names no operator, and still offers the request', async () => {
    const props = show(siteUrls.anonPolicy);
    expect(q('[data-no-operator]')?.textContent).toContain('Политика не называет оператора');
    expect(section('operator')).not.toContain('ИНН');
    act(() => q<HTMLButtonElement>('[data-request="deletion"]')!.click());
    expect(props.onRequest).toHaveBeenCalledWith('deletion');
  });

  it('answers only the user’s own events: a page script’s click on a request button does nothing', () => {
    // No isUserEvent: the extension's own path, where only `event.isTrusted` events count (jsdom's never are).
    const props = show(siteUrls.shopPolicy, { isUserEvent: undefined });
    act(() => q<HTMLButtonElement>('[data-request="deletion"]')!.click());
    act(() => q<HTMLButtonElement>('.close')!.click());
    expect(props.onRequest).not.toHaveBeenCalled();
    expect(props.onOpenChange).not.toHaveBeenCalled();
  });

  it('has the summary panel’s launcher: placed where it is told, moved by the footer’s buttons', () => {
    const props = show(siteUrls.shopPolicy, { open: false, placement: { side: 'left', top: 30 } });
    const launcher = q<HTMLButtonElement>('.launcher')!;
    expect(launcher.hidden).toBe(false);
    expect(launcher.style.top).toBe('30%');
    expect(q('.root')?.getAttribute('data-side')).toBe('left');
    expect(launcher.getAttribute('aria-label')).toBe(
      'Данные: политика romashka-shop.ru: что в ней сказано — Policy Lens',
    );
    act(() => q<HTMLButtonElement>('[data-move="side"]')!.click());
    expect(props.onPlacement).toHaveBeenCalledWith({ side: 'right', top: 30 });
    act(() => q<HTMLButtonElement>('[data-move="up"]')!.click());
    expect(props.onPlacement).toHaveBeenLastCalledWith({ side: 'left', top: 20 });
  });

  it('speaks English, and says an English policy may be read poorly', () => {
    show(siteUrls.englishPolicy, { lang: 'en' });
    expect(q('.notice.automatic h3')?.textContent).toBe('Read automatically: check against the quotes');
    expect(q('.not-russian')?.textContent).toContain('not in Russian');
  });
});

describe('citationExcerpt', () => {
  it('cuts at the paragraph and marks the range', () => {
    const text = 'Первый абзац.\nВторое предложение. Третье предложение.\nДалее.';
    const start = text.indexOf('Третье');
    expect(citationExcerpt(text, { clause: null, start, end: start + 'Третье предложение.'.length })).toEqual(
      ['Второе предложение. ', 'Третье предложение.', ''],
    );
  });
  it('never reaches outside the text', () => {
    expect(citationExcerpt('abc', { clause: '1', start: -5, end: 99 })).toEqual(['', 'abc', '']);
  });
});
