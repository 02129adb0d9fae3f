// Letters that hold up (issue #12), driven in the built extension in Chromium and Firefox: a request
// sent by post whose deadlines wait for the delivery date and move with it, and a letter written by a
// representative. Every expected date is written out here, counted by hand from the production calendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openDrafterFromPanel, openSiteWithPanel, typeInto } from './drafter-helpers';
import { browsers, launch, type TestBrowser, type TestPage } from './harness';

async function openDrafter(
  browser: TestBrowser,
  kind: string,
): Promise<{ site: TestPage; drafter: TestPage }> {
  const site = await openSiteWithPanel(browser);
  return { site, drafter: await openDrafterFromPanel(browser, site, kind) };
}

/** Sets a date field as the date picker would (typing into type=date differs between browsers). */
async function setDate(page: TestPage, selector: string, iso: string) {
  await page.evaluate(
    ([sel, value]) => {
      const input = document.querySelector<HTMLInputElement>(sel);
      if (!input) throw new Error(`no ${sel}`);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [selector, iso] as [string, string],
  );
}

const letterText = () => document.querySelector('#pl-letter')?.textContent ?? '';
const sentInfo = () => document.querySelector('#pl-sent-info')?.textContent ?? '';

describe.each(browsers)('%s: letters that hold up', (name) => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('counts the deadlines of a posted request from the delivery date the user enters, and moves them with it', async () => {
    const { site, drafter } = await openDrafter(browser, 'deletion');
    await typeInto(drafter, '#pl-fullName', 'Смирнова Ольга Петровна');
    await typeInto(drafter, '#pl-email', 'olga@example.ru');
    await drafter.click('#pl-channel-post');
    await drafter.waitFor(() =>
      document.querySelector('#pl-letter')?.textContent?.includes('(даты вручения почтового отправления)'),
    );
    // The policy gives no postal address: the drafter says where to find one instead of recommending post.
    const hint = await drafter.evaluate(
      () => document.querySelector('#pl-operatorAddress-hint')?.textContent,
    );
    expect(hint).toContain('реестре операторов');
    expect(hint).toContain('ЕГРЮЛ/ЕГРИП');
    const letter = await drafter.evaluate(letterText);
    expect(letter).toContain(
      '— прекращение обработки — в течение десяти рабочих дней с даты получения запроса (ч. 5.1 ст. 21 Закона);',
    );
    expect(letter).not.toMatch(/не позднее \d/);

    // Sent on Monday 2 November 2026; delivery date not known yet.
    await setDate(drafter, '#pl-sentOn', '2026-11-02');
    await drafter.click('#pl-mark-sent');
    await drafter.waitFor(() => document.querySelector('#pl-sent-info'));
    let info = await drafter.evaluate(sentInfo);
    expect(info).toContain('Получено оператором: дата вручения пока неизвестна');
    // Expected range for delivery 5–10 days after sending (07.11 and 12.11): answer by 20.11–26.11.
    expect(info).toContain(
      'ответ на запрос сведений о третьих лицах (п. 6): если письмо вручат через 5–10 дней после отправки — с 20 ноября 2026 по 26 ноября 2026 (ориентировочно)',
    );
    expect(
      await drafter.evaluate(() => document.querySelectorAll('#pl-sent-info .deadlines time').length),
    ).toBe(0);

    // Delivered on Monday 9 November: 10 working days end on 23.11, 30 days on 09.12.
    const receivedField = await drafter.evaluate(
      () => document.querySelector<HTMLInputElement>('#pl-sent-info input[type="date"]')?.id ?? '',
    );
    await setDate(drafter, `#${receivedField}`, '2026-11-09');
    await drafter.click('[data-action="save-received"]');
    await drafter.waitFor(() => document.querySelectorAll('#pl-sent-info .deadlines time').length === 3);
    const dates = () =>
      [...document.querySelectorAll('#pl-sent-info .deadlines time')].map((t) => t.getAttribute('datetime'));
    expect(await drafter.evaluate(dates)).toEqual(['2026-11-23', '2026-11-23', '2026-12-09']);
    info = await drafter.evaluate(sentInfo);
    expect(info).toContain('Получено оператором: 9 ноября 2026');

    // The notice of delivery says 16 November after all: every deadline moves by a week.
    await setDate(drafter, `#${receivedField}`, '2026-11-16');
    await drafter.click('[data-action="save-received"]');
    await drafter.waitFor(
      () =>
        document.querySelector('#pl-sent-info .deadlines time')?.getAttribute('datetime') === '2026-11-30',
    );
    expect(await drafter.evaluate(dates)).toEqual(['2026-11-30', '2026-11-30', '2026-12-16']);

    // "My requests" shows the same dates, counted from delivery.
    await drafter.click('#pl-tab-list');
    await drafter.waitFor(() => document.querySelectorAll('.requests li.req').length >= 1);
    const row = await drafter.evaluate(() =>
      [...(document.querySelector('.requests li.req')?.querySelectorAll('.deadlines time') ?? [])].map((t) =>
        t.getAttribute('datetime'),
      ),
    );
    expect(row).toEqual(['2026-11-30', '2026-11-30', '2026-12-16']);
    await drafter.close();
    await site.close();
  });

  it('never calls a demand to stop marketing overdue by date; a recorded marketing message makes it so, and the follow-up names it', async () => {
    const { site, drafter } = await openDrafter(browser, 'deletion');
    await drafter.click('#pl-kind-stop-marketing');
    await typeInto(drafter, '#pl-fullName', 'Орлова Нина Павловна');
    await typeInto(drafter, '#pl-email', 'nina@example.ru');
    await setDate(drafter, '#pl-sentOn', '2026-11-02');
    await drafter.click('#pl-mark-sent');
    await drafter.waitFor(() => document.querySelector('#pl-sent-info fieldset.breach'));
    expect(await drafter.evaluate(sentInfo)).toContain(
      'прекращение рассылок и звонков: немедленно после получения; нарушение — рекламное сообщение, пришедшее позже',
    );
    const id = await drafter.evaluate(
      () =>
        document
          .querySelector('#pl-sent-info fieldset.breach input[type="date"]')
          ?.id.replace(/^pl-/, '')
          .replace(/-breach-on$/, '') ?? '',
    );
    // Sent by e-mail on 2 November, so received that day: a message on the same day does not count.
    await setDate(drafter, `#pl-${id}-breach-on`, '2026-11-02');
    await typeInto(drafter, `#pl-${id}-breach-what`, 'SMS о скидках на номер +7 900 000-00-00');
    await drafter.click('[data-action="record-breach"]');
    await drafter.waitFor(
      (i) => document.querySelector(`#pl-${i}-breach-what`)?.getAttribute('aria-invalid') === 'true',
      id,
    );
    await setDate(drafter, `#pl-${id}-breach-on`, '2026-11-05');
    await drafter.click('[data-action="record-breach"]');
    await drafter.waitFor(() =>
      document
        .querySelector('#pl-sent-info')
        ?.textContent?.includes('Записано: рекламное сообщение 5 ноября 2026'),
    );

    await drafter.click('#pl-tab-list');
    const row = `.requests li.req[data-id="${id}"]`;
    await drafter.waitFor((sel) => document.querySelector(sel)?.classList.contains('status-overdue'), row);
    await drafter.click(`${row} [data-action="follow-up"]`);
    await drafter.waitFor(() => document.querySelector('.follow-up .letter'));
    const followUp = await drafter.evaluate(
      () => document.querySelector('.follow-up .letter')?.textContent ?? '',
    );
    expect(followUp).toContain(
      'Несмотря на требование прекратить обработку персональных данных в целях продвижения товаров, работ, услуг, полученное Вами 02.11.2026, 05.11.2026 я получил(а) от Вас рекламное сообщение: SMS о скидках на номер +7 900 000-00-00.',
    );
    expect(followUp).not.toContain('срок истёк');
    await drafter.click(`${row} [data-action="complaint"]`);
    await drafter.waitFor(() => document.querySelector('#pl-follow-h')?.textContent?.startsWith('Жалоба'));
    const complaint = await drafter.evaluate(
      () => document.querySelector('.follow-up .letter')?.textContent ?? '',
    );
    expect(complaint).toContain('предусмотренные ч. 2 ст. 15 Федерального закона');
    expect(complaint).toContain('принять меры, предусмотренные ст. 23 Закона');
    await drafter.close();
    await site.close();
  });

  it("writes a representative's letter: who writes, for whom, on what document, signed by the representative", async () => {
    const { site, drafter } = await openDrafter(browser, 'access');
    await typeInto(drafter, '#pl-fullName', 'Кузнецова Мария Андреевна');
    await typeInto(drafter, '#pl-email', 'maria@example.ru');
    await drafter.click('#pl-rep-switch');
    await drafter.waitFor(() => document.querySelector('#pl-rep-name'));
    await drafter.click('#pl-rep-kind-parent');
    await typeInto(drafter, '#pl-rep-name', 'Кузнецов Андрей Викторович');
    await typeInto(drafter, '#pl-rep-document', 'свидетельство о рождении II-МЮ № 654321 от 05.06.2011');
    await drafter.waitFor(() =>
      document.querySelector('#pl-letter')?.textContent?.includes('II-МЮ № 654321'),
    );
    const letter = await drafter.evaluate(letterText);
    expect(letter).toContain(
      'От: Кузнецов Андрей Викторович — законный представитель несовершеннолетнего субъекта персональных данных',
    );
    expect(letter).toContain('Субъект персональных данных: Кузнецова Мария Андреевна');
    expect(letter).toContain(
      'Настоящее обращение направляю как законный представитель (родитель) несовершеннолетнего субъекта персональных данных — Кузнецова Мария Андреевна (далее — Субъект) (ч. 1 ст. 64 Семейного кодекса РФ). Документ, подтверждающий мои полномочия: свидетельство о рождении II-МЮ № 654321 от 05.06.2011; его копию прилагаю.',
    );
    expect(letter).toContain(
      'Прошу предоставить мне сведения, касающиеся обработки персональных данных Субъекта',
    );
    expect(letter).toContain(
      'Кому: Индивидуальному предпринимателю Ворсову А. А., оператору персональных данных сайта expert.plus',
    );
    expect(letter.trimEnd().endsWith('Подпись: ________ / А.В. Кузнецов')).toBe(true);
    // The fields it added are labelled and described: no axe violations with the block open.
    expect(await axeViolations(drafter)).toEqual([]);

    // A representative without the document named cannot mark the letter sent.
    await typeInto(drafter, '#pl-rep-document', '');
    await drafter.click('#pl-mark-sent');
    await drafter.waitFor(
      () => document.querySelector('#pl-rep-document')?.getAttribute('aria-invalid') === 'true',
    );
    expect(await drafter.evaluate(() => document.querySelector('#pl-sent-info'))).toBeNull();
    await drafter.close();
    await site.close();
  });
});
