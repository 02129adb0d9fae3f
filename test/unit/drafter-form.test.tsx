// @vitest-environment jsdom
// The drafter's form in jsdom: recipients found on the page, per-field messages, the sent date, and
// typed markup staying text.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DrafterApp } from '../../components/drafter/DrafterApp';
import { createDrafterState, type DrafterState } from '../../components/drafter/state';
import { StorageError } from '../../lib/requests/db/errors';
import { mountDrafter } from './mount-drafter';

let host: HTMLElement;
let state: DrafterState;
let unmount: () => Promise<void>;

beforeEach(async () => {
  ({ state, host, unmount } = await mountDrafter({
    policyId: 'expert.plus',
    kind: 'deletion',
    pageContacts: [
      {
        email: 'support@expert.plus',
        context: 'Поддержка: support@expert.plus',
        pageUrl: 'https://expert.plus/',
      },
      {
        email: 'info@expert.plus',
        context: 'Пишите: info@expert.plus',
        pageUrl: 'https://expert.plus/about',
      },
    ],
    pageUrl: 'https://expert.plus/',
  }));
});
afterEach(() => unmount());

const q = <T extends Element = HTMLElement>(selector: string) => host.querySelector<T>(selector);

async function type(selector: string, value: string) {
  const field = q<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) throw new Error(`no ${selector}`);
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('blur'));
  });
}

async function click(selector: string) {
  const el = q(selector);
  if (!el) throw new Error(`no ${selector}`);
  await act(async () => el.click());
}

describe('the drafter form', () => {
  it('offers the addresses shown on the site as suggestions, each with where it was found, none chosen', () => {
    const choices = [
      ...host.querySelectorAll<HTMLInputElement>('input[type="radio"][name="pl-recipient"]'),
    ].map((input) => ({
      label: input.labels?.[0]?.textContent,
      checked: input.checked,
    }));
    expect(choices).toEqual([
      {
        label:
          'support@expert.plus адрес, указанный на сайте на странице https://expert.plus/: Поддержка: support@expert.plus',
        checked: false,
      },
      {
        label:
          'info@expert.plus адрес, указанный на сайте на странице https://expert.plus/about: Пишите: info@expert.plus',
        checked: false,
      },
      { label: 'Другой адрес', checked: true },
    ]);
    expect([...host.querySelectorAll('.recipient .hint')].map((h) => h.textContent)).toEqual([
      'В политике конфиденциальности не указан адрес службы поддержки.',
      'Адреса со страницы сайта — только подсказка: проверьте, что это адрес оператора, или введите другой.',
    ]);
    expect(q('.recipient')?.textContent).not.toMatch(/служба поддержки сайта/i);
  });

  it('takes a suggestion only when the user picks it', async () => {
    await click('#pl-recipient-page-1');
    expect(state.record.value.person.recipient).toBe('info@expert.plus');
  });

  it('takes another address typed by the user, and says when it is not one plain e-mail', async () => {
    await click('#pl-recipient-other');
    await type('#pl-recipient', 'a@b.ru, c@d.ru');
    expect(q('#pl-recipient-error')?.textContent).toBe(
      'Проверьте адрес получателя: нужен один e-mail вида name@example.ru.',
    );
    await type('#pl-recipient', 'privacy@expert.plus');
    expect(q('#pl-recipient-error')).toBeNull();
    expect(q('#pl-letter')?.textContent).toContain('E-mail: privacy@expert.plus');
  });

  it('shows a message under each wrong field only once it was left, and all of them on "mark sent"', async () => {
    await type('#pl-email', 'ivan@');
    expect(q('#pl-email-error')?.textContent).toMatch(/^Проверьте адрес/);
    expect(q('#pl-fullName-error')).toBeNull();
    await click('#pl-mark-sent');
    expect(q('#pl-fullName-error')?.textContent).toBe('Укажите фамилию, имя и отчество (если есть).');
    expect(q('#pl-fullName')?.getAttribute('aria-invalid')).toBe('true');
    expect(state.record.value.status).toBe('draft');
  });

  it('has one date to give, the date sent, which the letter carries; deadlines still wait for receipt by post', async () => {
    const dateFields = () =>
      [...host.querySelectorAll<HTMLInputElement>('input[type="date"]')].map((i) => i.id);
    // Today's date in the letter, and the date sent (plus, for e-mail, the date it arrived): no second
    // "letter date" to keep in step.
    expect(dateFields()).toEqual(['pl-sentOn', 'pl-receivedOn']);
    expect(q('#pl-letter')?.textContent).toContain('от 02.03.2026');
    await type('#pl-sentOn', '2026-02-27');
    expect(q('#pl-letter')?.textContent).toContain('от 27.02.2026');
    expect(q('#pl-letter')?.textContent).not.toContain('02.03.2026');
    expect(q('#pl-sentOn')?.getAttribute('aria-describedby')).toBe('pl-sentOn-hint');
    expect(q('#pl-sentOn-hint')?.textContent).toMatch(/стоит в письме.*получит/);
    // By post: sent on the 27th, the day of receipt unknown, so no deadline is kept yet.
    await click('#pl-channel-post');
    expect(dateFields()).toEqual(['pl-sentOn', 'pl-receivedOn']);
    await type('#pl-fullName', 'Иванов Иван');
    await type('#pl-email', 'ivan@example.ru');
    await type('#pl-operatorAddress', '620000, г. Екатеринбург, ул. Ленина, д. 1');
    await click('#pl-recipient-page-1');
    await click('#pl-mark-sent');
    await act(async () => state.flush());
    expect(state.record.value).toMatchObject({ status: 'sent', sentOn: '2026-02-27', channel: 'post' });
    expect(state.record.value.receivedOn).toBeUndefined();
    expect(state.record.value.deadlines).toEqual([]);
    expect(state.record.value.letter?.body).toContain('от 27.02.2026');
  });

  it('refuses a future or empty sent date with a message on that field', async () => {
    await type('#pl-fullName', 'Иванов Иван');
    await type('#pl-email', 'ivan@example.ru');
    await type('#pl-sentOn', '2026-03-05');
    await click('#pl-mark-sent');
    expect(q('#pl-sentOn-error')?.textContent).toBe('Укажите дату отправки — сегодняшнюю или прошедшую.');
    expect(state.record.value.status).toBe('draft');
    await type('#pl-sentOn', '2026-03-01');
    expect(q('#pl-sentOn-error')).toBeNull();
    await click('#pl-mark-sent');
    await act(async () => state.flush());
    expect(state.record.value.status).toBe('sent');
    expect(q('#pl-sent-info')?.textContent).toContain('Дата отправки: 1 марта 2026');
  });

  it('states the passport and signature trade-off honestly, tied to the switch', () => {
    const why = q('#pl-doc-why')?.textContent ?? '';
    expect(q('#pl-doc-switch')?.getAttribute('aria-describedby')).toBe('pl-doc-why');
    expect(why).toContain('запрос «должен содержать» номер документа, удостоверяющего личность');
    expect(why).toContain('паспортные данные останутся при вас');
    expect(why).toContain(
      'у оператора появится формальный повод отказать, а обычное письмо по e-mail не подписано',
    );
    expect(why).toContain('или подпишите письмо электронной подписью');
    expect(why).not.toContain('Обычно не нужно');
    expect(q('#pl-letter')?.textContent).toContain('Данные документа, удостоверяющего личность, не указываю');
  });

  it('by post with no known address: says where to find it, and the print view recommends no post until then', async () => {
    await click('#pl-channel-post');
    const hint = q('#pl-operatorAddress-hint')?.textContent ?? '';
    expect(hint).toContain('Почтового адреса оператора в политике нет');
    expect(hint).toContain(
      'реестре операторов, осуществляющих обработку персональных данных, на сайте Роскомнадзора (поиск по ИНН или наименованию)',
    );
    expect(hint).toContain('ЕГРЮЛ/ЕГРИП');
    await type('#pl-fullName', 'Иванов Иван');
    await type('#pl-email', 'ivan@example.ru');
    await click('#pl-print');
    expect(host.textContent).toContain('до этого отправлять письмо почтой некуда');
    expect(host.textContent).not.toContain('отправьте заказным письмом');
    await click('#pl-print-close');
    await type('#pl-operatorAddress', '101000, Москва, ул. Примерная, д. 1');
    expect(q('#pl-operatorAddress-hint')).toBeNull();
    expect(q('#pl-letter')?.textContent).toContain('Почтовый адрес: 101000, Москва, ул. Примерная, д. 1');
    await click('#pl-print');
    expect(host.textContent).toContain(
      'отправьте заказным письмом с описью вложения и уведомлением о вручении',
    );
  });

  it('a correction cannot be marked sent without what to correct and its proof', async () => {
    await click('#pl-kind-correction');
    await type('#pl-fullName', 'Иванов Иван');
    await type('#pl-email', 'ivan@example.ru');
    await click('#pl-mark-sent');
    expect(q('#pl-details-error')?.textContent).toContain('какие данные неточны');
    expect(q('#pl-evidence-error')?.textContent).toContain('что подтверждает неточность');
    expect(state.record.value.status).toBe('draft');
    expect(q('#pl-letter')?.textContent).not.toContain('[укажите');
  });

  it('puts typed markup into the letter as text', async () => {
    await type('#pl-login', '<b>bold</b><img src=x onerror=alert(1)>');
    expect(q('#pl-letter')?.textContent).toContain('<b>bold</b><img src=x onerror=alert(1)>');
    expect(host.querySelector('b, img')).toBeNull();
  });

  it('shows a storage failure as an alert and keeps what was typed in the form', async () => {
    render(null, host);
    const blocked = createDrafterState({ openDb: () => Promise.reject(new StorageError('blocked')) });
    await blocked.init();
    blocked.lang.value = 'ru';
    await act(() => render(<DrafterApp state={blocked} />, host));
    await type('#pl-fullName', 'Иванов Иван');
    await act(async () => blocked.flush());
    const banner = q('#pl-storage-error');
    expect(banner?.getAttribute('role')).toBe('alert');
    expect(banner?.textContent).toContain('Хранилище занято другой вкладкой Policy Lens.');
    expect(banner?.textContent).toContain('Введённый текст остаётся в форме');
    expect(q<HTMLInputElement>('#pl-fullName')?.value).toBe('Иванов Иван');
    expect(q('#pl-letter')?.textContent).toContain('От: Иванов Иван');
  });
});
