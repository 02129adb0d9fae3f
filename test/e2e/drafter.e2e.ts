// The request drafter, driven as a user drives it, in Chromium (the toolbar popup that
// action.openPopup() opens) and Firefox (a tab): opened from the panel's action on expert.plus,
// typed into, closed and reopened, checked, marked sent, listed, fed a broken backup, audited by axe.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedDeadlines } from '../../lib/law/request-kinds';
import { addDays } from '../../lib/law/russian-calendar';
import { russianDate } from '../../lib/law/working-days';
import { buildMailto } from '../../lib/letters/mailto';
import { type DrafterIntent, intentToSearch } from '../../lib/platform/messages';
import { parseBackup } from '../../lib/requests/backup';
import { formatDate } from '../../lib/text/date';
import {
  auditEveryView,
  axeViolations,
  chooseLanguage,
  drafterReady,
  openDrafterFromPanel,
  openSiteWithPanel,
  person,
  typeInto,
} from './drafter-helpers';
import { browsers, launch, type TestBrowser, type TestPage } from './harness';
import { waitInPanel } from './panel-helpers';

const html = '<img src=x onerror="window.__plPwned=1">';

/** The part of the WebExtension API the tests read in extension pages (`browser` in Firefox, `chrome` in Chromium). */
type ExtensionApi = { storage: { local: { get(keys: string | null): Promise<Record<string, unknown>> } } };

const fieldValues = () => {
  const value = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)?.value;
  return {
    fullName: value('pl-fullName'),
    email: value('pl-email'),
    phone: value('pl-phone'),
    kind: document.querySelector<HTMLInputElement>('input[name="pl-kind"]:checked')?.value,
  };
};

const letterText = () => document.querySelector('#pl-letter')?.textContent ?? '';

/** Everything a page script could read from the page's DOM: text, comments, attributes and field
 *  values, in the document and in every shadow root under it, plus its title, URL and web storage. */
const everythingThePageSees = () => {
  const out: string[] = [document.title, location.href, document.cookie];
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(
      root,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT,
    );
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      if (n instanceof Element) {
        for (const a of n.attributes) out.push(a.value);
        if (n instanceof HTMLInputElement || n instanceof HTMLTextAreaElement) out.push(n.value);
        if (n.shadowRoot) walk(n.shadowRoot);
      } else out.push(n.nodeValue ?? '');
    }
  };
  walk(document);
  for (const store of [localStorage, sessionStorage]) {
    for (let i = 0; i < store.length; i++)
      out.push(store.key(i) ?? '', store.getItem(store.key(i) ?? '') ?? '');
  }
  return out.join('\n');
};

// One browser of each kind for the whole file. Its tests run in order: the drafter's story, from the
// panel's action to deleting everything; in Chromium, the drafter opened as a tab; then the upgrade of
// an earlier version's storage, which rewrites the database from inside the drafter.
describe.each(browsers)('%s', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('the request drafter', () => {
    let site: TestPage;
    let drafter: TestPage;
    let today: string;
    const tmp = mkdtempSync(join(tmpdir(), 'policy-lens-drafter-'));

    beforeAll(async () => {
      site = await openSiteWithPanel(browser);
    });
    afterAll(async () => {
      // Closed, so that the tests below find only the drafter they open themselves.
      await drafter?.close().catch(() => undefined);
      await site?.close().catch(() => undefined);
      rmSync(tmp, { recursive: true, force: true });
    });

    it('opens from the panel\'s "Удалить мои данные", pre-filled for expert.plus', async () => {
      drafter = await openDrafterFromPanel(browser, site);
      today = await drafter.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      const opened = await drafter.evaluate(() => {
        const recipient = document.querySelector<HTMLInputElement>('input[name="pl-recipient"]:checked');
        return {
          lang: document.documentElement.lang,
          site: document.querySelector<HTMLSelectElement>('#pl-site')?.value,
          kind: document.querySelector<HTMLInputElement>('input[name="pl-kind"]:checked')?.value,
          recipient: recipient?.id,
          suggestion: document.querySelector('label[for="pl-recipient-page-0"]')?.textContent,
          noPolicyAddress: document.querySelector('.recipient .hint')?.textContent,
          fromPage: document.querySelector('#pl-site ~ .hint')?.textContent,
          letter: document.querySelector('#pl-letter')?.textContent ?? '',
        };
      });
      expect(opened).toMatchObject({
        lang: 'ru',
        site: 'expert.plus',
        kind: 'deletion',
        // The page's address is a suggestion: nothing is chosen for the user.
        recipient: 'pl-recipient-other',
        suggestion:
          'support@expert.plus адрес, указанный на сайте на странице https://expert.plus/: © expert.plus · support@expert.plus',
        noPolicyAddress: 'В политике конфиденциальности не указан адрес службы поддержки.',
        fromPage: 'Открыто со страницы https://expert.plus/',
      });
      expect(opened.letter).not.toContain('support@expert.plus');
      // The user picks it.
      await drafter.click('#pl-recipient-page-0');
      await drafter.waitFor(() =>
        document.querySelector('#pl-letter')?.textContent?.includes('E-mail: support@expert.plus'),
      );
      // Chrome opens the toolbar popup itself; Firefox opens a tab. Either way the intent came as
      // extension data: the popup's URL carries none of it.
      const url = await drafter.url();
      if (name === 'chromium') expect(url).toMatch(/^chrome-extension:\/\/[a-z]+\/popup\.html$/);
      else
        expect(url).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/popup\.html\?policy=expert\.plus&kind=deletion/);
    });

    it('writes what is typed into the letter, with concrete deadline dates', async () => {
      await typeInto(drafter, '#pl-fullName', person.name);
      await typeInto(drafter, '#pl-email', person.email);
      await typeInto(drafter, '#pl-phone', person.phone);
      await drafter.waitFor(
        (phone) => document.querySelector('#pl-letter')?.textContent?.includes(phone),
        person.phoneInLetter,
      );
      const letter = await drafter.evaluate(letterText);
      expect(letter).toContain(`От: ${person.name}`);
      expect(letter).toContain(person.email);
      expect(letter).toContain(`Телефон: ${person.phoneInLetter}`);
      // An e-mail, received the day it is sent: the letter gives the dates that follow from that day.
      const deadlines = storedDeadlines('deletion', today);
      expect(deadlines.length).toBeGreaterThan(1);
      for (const d of deadlines) expect(letter).toContain(russianDate(d.date));
      expect(letter).toContain(`от ${russianDate(today)}`);
    });

    it('keeps everything typed when the drafter is closed straight after typing and reopened', async () => {
      await drafter.close();
      if (name === 'chromium') {
        // The toolbar popup opened by hand (no intent) comes back to the same draft.
        const byHand = await browser.newPage();
        await byHand.goto('/popup.html');
        await drafterReady(byHand);
        expect(await byHand.evaluate(fieldValues)).toEqual({
          fullName: person.name,
          email: person.email,
          phone: person.phone,
          kind: 'deletion',
        });
        expect(byHand.errors).toEqual([]);
        await byHand.close();
      }
      drafter = await openDrafterFromPanel(browser, site);
      expect(await drafter.evaluate(fieldValues)).toEqual({
        fullName: person.name,
        email: person.email,
        phone: person.phone,
        kind: 'deletion',
      });
    });

    it('never puts the name, e-mail or phone into the expert.plus page (DOM, shadow roots, storage) or the panel', async () => {
      const seen = await site.evaluate(everythingThePageSees);
      // The walk reaches the page's own text, not the panel: its shadow root is closed to the page.
      expect(seen).toContain('support@expert.plus');
      expect(seen).not.toContain('Удалить мои данные');
      // Nor does the panel itself hold them (read here through the automation protocol).
      const panel = await site.panel((root) => root?.textContent ?? '');
      expect(panel).toContain('Удалить мои данные');
      for (const secret of [person.name, 'Иванов-Петров', person.email, person.phone, '912', '345-67-89']) {
        expect(seen).not.toContain(secret);
        expect(panel).not.toContain(secret);
      }
    });

    it('shows a message under each wrong field and refuses to mark the request sent', async () => {
      await typeInto(drafter, '#pl-fullName', '');
      await typeInto(drafter, '#pl-email', 'ivan@');
      await drafter.press('Tab');
      await drafter.click('#pl-mark-sent');
      await drafter.waitFor(() => document.activeElement?.id === 'pl-fullName');
      const shown = await drafter.evaluate(() => ({
        name: document.querySelector('#pl-fullName-error')?.textContent,
        nameInvalid: document.querySelector('#pl-fullName')?.getAttribute('aria-invalid'),
        nameDescribedBy: document.querySelector('#pl-fullName')?.getAttribute('aria-describedby'),
        email: document.querySelector('#pl-email-error')?.textContent,
        emailInvalid: document.querySelector('#pl-email')?.getAttribute('aria-invalid'),
        phoneError: document.querySelector('#pl-phone-error')?.textContent ?? null,
        notice: document.querySelector('.send .notice')?.textContent,
        sent: Boolean(document.querySelector('#pl-sent-info')),
      }));
      expect(shown).toEqual({
        name: 'Укажите фамилию, имя и отчество (если есть).',
        nameInvalid: 'true',
        nameDescribedBy: 'pl-fullName-error',
        email: 'Проверьте адрес: нужен один e-mail вида name@example.ru, без пробелов и запятых.',
        emailInvalid: 'true',
        phoneError: null,
        notice: 'Исправьте отмеченные поля.',
        sent: false,
      });
      await typeInto(drafter, '#pl-fullName', person.name);
      await typeInto(drafter, '#pl-email', person.email);
      await drafter.waitFor(() => !document.querySelector('[aria-invalid="true"]'));
    });

    it('shows typed HTML and a 10,001-character text as text, never as markup', async () => {
      // A paste of 10,001 characters: the field says it is too long; nothing is cut off.
      await drafter.evaluate(() => {
        const area = document.querySelector<HTMLTextAreaElement>('#pl-accountInfo');
        if (!area) throw new Error('no #pl-accountInfo');
        area.focus();
        area.value = `${'я'.repeat(10_000)}!`;
        area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        area.blur();
      });
      await drafter.waitFor(() => document.querySelector('#pl-accountInfo-error'));
      expect(
        await drafter.evaluate(() => document.querySelector('#pl-accountInfo-error')?.textContent),
      ).toMatch(/^Слишком длинный текст: не больше 10\s000 знаков/);
      expect(await drafter.evaluate(letterText)).toContain(`${'я'.repeat(10_000)}!`);

      await typeInto(drafter, '#pl-accountInfo', html);
      await drafter.waitFor((h) => document.querySelector('#pl-letter')?.textContent?.includes(h), html);
      const result = await drafter.evaluate(() => ({
        images: document.querySelectorAll('img').length,
        pwned: (window as unknown as { __plPwned?: number }).__plPwned ?? null,
        error: document.querySelector('#pl-accountInfo-error')?.textContent ?? null,
      }));
      expect(result).toEqual({ images: 0, pwned: null, error: null });
    });

    it('copies the letter, hands it to the mail app and shows a print view with one signature line', async () => {
      const notice = () => document.querySelector('.send .notice')?.textContent;
      await drafter.click('#pl-copy');
      await drafter.waitFor(
        () => document.querySelector('.send .notice')?.textContent !== 'Исправьте отмеченные поля.',
      );
      expect(await drafter.evaluate(notice)).toBe('Письмо скопировано в буфер обмена.');

      const { subject, body } = await drafter.evaluate(() => ({
        subject: document.querySelector('#pl-subject')?.textContent ?? '',
        body: document.querySelector('#pl-letter')?.textContent ?? '',
      }));
      const mail = buildMailto({ to: 'support@expert.plus', subject, body });
      await drafter.click('#pl-mailto');
      const expected = mail.fits
        ? 'Открываем почтовую программу…'
        : 'Письмо слишком длинное для ссылки mailto: текст скопирован в буфер обмена — вставьте его в тело письма.';
      await drafter.waitFor(
        (text) => document.querySelector('.send .notice')?.textContent === text,
        expected,
      );
      expect(await drafter.evaluate(() => Boolean(document.querySelector('#pl-letter')))).toBe(true);

      await drafter.click('#pl-print');
      await drafter.waitFor(() => document.querySelector('.print-view .paper-body'));
      const paper = await drafter.evaluate(() => ({
        subject: document.querySelector('.paper-subject')?.textContent,
        text: document.querySelector('.paper')?.textContent ?? '',
      }));
      expect(paper.subject).toBe(subject);
      expect(paper.text.trimEnd()).toMatch(/Подпись: ________ \/ И\.С\. Иванов-Петров$/);
      expect(paper.text.split('/ И.С. Иванов-Петров').length - 1, 'signature lines').toBe(1);
      await drafter.click('#pl-print-close');
      await drafter.waitFor(() => document.querySelector('#pl-letter'));
    });

    it('marks the request sent and lists it with its deadlines in "Мои запросы"', async () => {
      await drafter.click('#pl-mark-sent');
      await drafter.waitFor(() => document.querySelector('#pl-sent-info'));
      const deadlines = storedDeadlines('deletion', today);
      const info = await drafter.evaluate(() =>
        [...(document.querySelector('#pl-sent-info')?.children ?? [])].map((e) => e.textContent).join('\n'),
      );
      // The new status is a heading, and the focus is on it: the pressed button is gone.
      expect(info).toMatch(new RegExp(`Статус: отправлен\\s+Дата отправки: ${formatDate(today, 'ru')}`));
      await drafter.waitFor(() => document.activeElement?.id === 'pl-sent-h');
      for (const d of deadlines)
        expect(info).toContain(`${d.label.ru}: срок — до ${formatDate(d.date, 'ru')}`);
      // Sent means locked: the letter as sent stays as it was.
      expect(await drafter.evaluate(() => document.querySelector('#pl-fullName')?.matches(':disabled'))).toBe(
        true,
      );

      await drafter.click('#pl-tab-list');
      await drafter.waitFor(() => document.querySelectorAll('.requests li.req').length === 1);
      const row = await drafter.evaluate(() => {
        const li = document.querySelector('.requests li.req');
        return {
          status: li?.querySelector('.status-badge')?.textContent,
          text: li?.textContent ?? '',
          dates: [...(li?.querySelectorAll('.deadlines time') ?? [])].map((t) => t.getAttribute('datetime')),
        };
      });
      expect(row.status).toBe('отправлен');
      expect(row.text).toContain(`отправлен: ${formatDate(today, 'ru')}`);
      expect(row.dates).toEqual(deadlines.map((d) => d.date));
    });

    it('turns a request overdue once a deadline passes: notification, follow-up letter and complaint draft', async () => {
      await drafter.click('#pl-tab-draft');
      await drafter.click('.tabs .new');
      await drafter.waitFor(() => document.querySelector('#pl-fullName')?.matches(':enabled'));
      await typeInto(drafter, '#pl-fullName', person.name);
      await typeInto(drafter, '#pl-email', person.email);
      const sentOn = addDays(today, -60);
      // The date picker's own keys differ by browser and locale: set the date as the picker does.
      await drafter.evaluate((date) => {
        const input = document.querySelector<HTMLInputElement>('#pl-sentOn');
        if (!input) throw new Error('no #pl-sentOn');
        input.value = date;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, sentOn);
      await drafter.click('#pl-mark-sent');
      await drafter.waitFor(() => document.querySelector('#pl-sent-info'));
      const reference = await drafter.evaluate(
        () => /№ (PL-[\w-]+)/.exec(document.querySelector('#pl-subject')?.textContent ?? '')?.[1],
      );
      expect(reference).toBeTruthy();

      // The background saw the passed deadlines and notified (it records each one it told the user of).
      await drafter.waitFor(
        async () => {
          const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
          const api = (g.browser ?? g.chrome) as ExtensionApi;
          // The reminders' one record: the last day told about.
          const { notifiedOverdue } = await api.storage.local.get('notifiedOverdue');
          const through = (notifiedOverdue as { through?: unknown } | undefined)?.through;
          return typeof through === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(through);
        },
        undefined,
        10_000,
      );

      await drafter.click('#pl-tab-list');
      await drafter.waitFor(() => document.querySelector('.requests li.req.status-overdue'));
      const row = await drafter.evaluate(() => {
        const li = document.querySelector('.requests li.req.status-overdue');
        return {
          status: li?.querySelector('.status-badge')?.textContent,
          hint: li?.querySelector('.hint')?.textContent,
          passed: li?.querySelectorAll('.deadlines li.passed').length ?? 0,
        };
      });
      expect(row).toMatchObject({
        status: 'просрочен',
        hint: 'Срок истёк, а ответа нет: можно напомнить оператору или подготовить жалобу.',
      });
      expect(row.passed).toBeGreaterThan(0);

      await drafter.click('.requests li.req.status-overdue [data-action="follow-up"]');
      await drafter.waitFor(() => document.querySelector('.follow-up .letter'));
      const followUp = await drafter.evaluate(() => ({
        heading: document.querySelector('#pl-follow-h')?.textContent,
        subject: document.querySelector('.follow-up .subject')?.textContent ?? '',
      }));
      expect(followUp.heading).toBe(`Письмо-напоминание — № ${reference}`);
      expect(followUp.subject).toContain(
        `Повторное обращение к обращению № ${reference} от ${russianDate(sentOn)}`,
      );
      expect(await axeViolations(drafter)).toEqual([]);

      await drafter.click('.requests li.req.status-overdue [data-action="complaint"]');
      await drafter.waitFor(() => document.querySelector('#pl-follow-h')?.textContent?.startsWith('Жалоба'));
      expect(
        await drafter.evaluate(() => document.querySelector('.follow-up .subject')?.textContent),
      ).toMatch(
        new RegExp(
          `^Жалоба на нарушение прав субъекта персональных данных: .* \\(обращение № ${reference}\\)$`,
        ),
      );
    });

    it('refuses a broken or foreign backup file with a clear message and keeps the requests', async () => {
      const before = await drafter.evaluate(() => document.querySelector('.requests')?.textContent);
      for (const [file, text] of [
        ['broken.json', '{"format": "policy-lens-backup", "version": 1, "requests": ['],
        ['foreign.json', JSON.stringify({ format: 'some-other-app', items: [] })],
      ] as const) {
        const path = join(tmp, file);
        writeFileSync(path, text);
        const refusal = parseBackup(text);
        if (refusal.ok) throw new Error(`${file} should be refused`);
        await drafter.upload('#pl-import', path);
        await drafter.waitFor(
          (message) => document.querySelector('#pl-data-notice')?.textContent?.startsWith(message),
          refusal.error.ru,
        );
        const notice = await drafter.evaluate(() => {
          const el = document.querySelector('#pl-data-notice');
          return { role: el?.getAttribute('role'), text: el?.textContent };
        });
        expect(notice).toEqual({ role: 'status', text: `${refusal.error.ru} Ваши запросы не изменены.` });
        expect(await drafter.evaluate(() => document.querySelector('.requests')?.textContent)).toBe(before);
      }
    });

    it('has no axe-core violations in the form, the sent request and the list', async () => {
      // Firefox cannot switch prefers-color-scheme per page: its dark audit is drafter-dark.e2e.ts.
      for (const scheme of name === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const)) {
        if (name === 'chromium') await drafter.colorScheme(scheme);
        expect(await auditEveryView(drafter, scheme)).toEqual([]);
      }
      expect(drafter.errors).toEqual([]);
    });

    it('follows a request through "answered" and "done"', async () => {
      await drafter.click('#pl-tab-list');
      const sent = '.requests li.req.status-sent';
      await drafter.waitFor((sel) => document.querySelector(sel), sent);
      const id = await drafter.evaluate((sel) => document.querySelector(sel)?.getAttribute('data-id'), sent);
      const row = `.requests li.req[data-id="${id}"]`;
      // Rows off screen are not rendered (content-visibility): bring the row into view, as a user scrolls.
      await drafter.evaluate((sel) => document.querySelector(sel)?.scrollIntoView(), row);
      await drafter.click(`${row} [data-action="answered"]`);
      await drafter.waitFor((sel) => document.querySelector(`${sel}.status-answered`), row);
      expect(
        await drafter.evaluate((sel) => document.querySelector(`${sel} .status-badge`)?.textContent, row),
      ).toBe('получен ответ');
      await drafter.click(`${row} [data-action="done"]`);
      await drafter.waitFor((sel) => document.querySelector(`${sel}.status-done`), row);
      const done = await drafter.evaluate(
        (sel) => ({
          badge: document.querySelector(`${sel} .status-badge`)?.textContent,
          actions: [...document.querySelectorAll(`${sel} [data-action]`)].map((b) =>
            b.getAttribute('data-action'),
          ),
        }),
        row,
      );
      expect(done).toEqual({ badge: 'завершён', actions: ['open', 'delete'] });
    });

    it('exports a backup holding every letter as sent, and brings it all back into an emptied profile', async () => {
      await drafter.click('#pl-tab-list');
      await drafter.waitFor(() => document.querySelector('.requests li.req'));
      const ids = await drafter.evaluate(() =>
        [...document.querySelectorAll('.requests li.req')].map((li) => li.getAttribute('data-id') ?? ''),
      );
      // The letter of each request as the drafter shows it when the request is opened from the list.
      const lettersShown = async () => {
        const shown: Record<string, string> = {};
        for (const id of ids) {
          await drafter.click('#pl-tab-list');
          // Rows off screen are not rendered (content-visibility): bring the row into view, as a user scrolls.
          await drafter.waitFor((i) => document.querySelector(`.requests li.req[data-id="${i}"]`), id);
          await drafter.evaluate(
            (i) => document.querySelector(`.requests li.req[data-id="${i}"]`)?.scrollIntoView(),
            id,
          );
          await drafter.click(`.requests li.req[data-id="${id}"] [data-action="open"]`);
          // Opening switches to the form once the whole request (its letter included) is read.
          await drafter.waitFor(
            () => document.querySelector('.drafter')?.getAttribute('data-view') === 'draft',
          );
          shown[id] = await drafter.evaluate(() => document.querySelector('#pl-letter')?.textContent ?? '');
        }
        return shown;
      };
      const before = await lettersShown();

      // What the download hands to the browser, taken at URL.createObjectURL (no file is written).
      await drafter.evaluate(() => {
        const w = window as unknown as { __plDownloads: Blob[]; __plRestore: () => void };
        const create = URL.createObjectURL;
        const click = HTMLAnchorElement.prototype.click;
        w.__plDownloads = [];
        URL.createObjectURL = (blob: Blob) => {
          w.__plDownloads.push(blob);
          return create.call(URL, blob);
        };
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          if (!this.download) click.call(this);
        };
        w.__plRestore = () => {
          URL.createObjectURL = create;
          HTMLAnchorElement.prototype.click = click;
        };
      });
      await drafter.click('#pl-tab-list');
      await drafter.click('#pl-export');
      await drafter.waitFor(
        () => (window as unknown as { __plDownloads: Blob[] }).__plDownloads.length === 1,
      );
      const exported = await drafter.evaluate(async () => {
        const w = window as unknown as { __plDownloads: Blob[]; __plRestore: () => void };
        w.__plRestore();
        return w.__plDownloads[0]!.text();
      });
      const backup = parseBackup(exported);
      if (!backup.ok) throw new Error(backup.error.en);
      expect(backup.requests.map((r) => r.id).sort()).toEqual([...ids].sort());
      for (const r of backup.requests) {
        if (r.status === 'draft') continue;
        // Every sent request carries its letter, and it is the one the drafter showed.
        expect(r.letter?.body, r.id).toBe(before[r.id]);
      }

      await drafter.click('#pl-tab-list');
      await drafter.click('#pl-delete-all');
      await drafter.click('#pl-delete-all-yes');
      await drafter.waitFor(
        () =>
          document.querySelector('#pl-data-notice')?.textContent ===
          'Всё, что Policy Lens хранил в этом браузере, удалено.',
      );
      const path = join(tmp, 'policy-lens-backup.json');
      writeFileSync(path, exported);
      await drafter.upload('#pl-import', path);
      await drafter.waitFor(
        (n) =>
          document.querySelector('#pl-data-notice')?.textContent ===
          `Импортировано: новых ${n}, обновлено 0, оставлено без изменений 0.`,
        ids.length,
      );
      expect(await lettersShown()).toEqual(before);
    });

    it('deletes one request after asking, then all my data for real: list, database, draft, reminders', async () => {
      await drafter.click('#pl-tab-list');
      await drafter.waitFor(() => document.querySelector('.requests li.req.status-overdue'));
      const rows = await drafter.evaluate(() => document.querySelectorAll('.requests li.req').length);
      await drafter.click('.requests li.req.status-overdue [data-action="delete"]');
      await drafter.waitFor(() => document.activeElement?.getAttribute('data-action') === 'delete-no');
      // Activated by click: Firefox under WebDriver BiDi does not activate a button from keys sent to an
      // unfocused headless window (the key events arrive, the click does not follow).
      await drafter.click('.requests li.req.status-overdue [data-action="delete-no"]');
      await drafter.waitFor(() => document.activeElement?.getAttribute('data-action') === 'delete');
      expect(await drafter.evaluate(() => document.querySelectorAll('.requests li.req').length)).toBe(rows);
      await drafter.click('.requests li.req.status-overdue [data-action="delete"]');
      expect(
        await drafter.evaluate(
          () => document.querySelector('.requests li.req.status-overdue .confirm p')?.textContent,
        ),
      ).toBe('Удалить этот запрос?');
      await drafter.click('.requests li.req.status-overdue [data-action="delete-yes"]');
      await drafter.waitFor(
        (n) =>
          !document.querySelector('.requests li.req.status-overdue') &&
          document.querySelectorAll('.requests li.req').length === n,
        rows - 1,
      );
      // Keyboard focus lands on the next row's "open" (or the heading when no row is left), and the
      // status line says what happened.
      await drafter.waitFor(() => {
        const focused = document.activeElement;
        const left = document.querySelectorAll('.requests li.req').length;
        return (
          focused?.getAttribute('data-action') === 'open' ||
          (left === 0 && focused === document.querySelector('.list-view h2'))
        );
      });
      expect(await drafter.evaluate(() => document.querySelector('#pl-data-notice')?.textContent)).toBe(
        'Запрос удалён.',
      );

      await drafter.click('#pl-delete-all');
      await drafter.click('#pl-delete-all-yes');
      await drafter.waitFor(
        () =>
          document.querySelector('#pl-data-notice')?.textContent ===
          'Всё, что Policy Lens хранил в этом браузере, удалено.',
      );
      expect(await drafter.evaluate(() => document.querySelector('.list-view .muted')?.textContent)).toBe(
        'Запросов пока нет.',
      );
      const left = await drafter.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('policy-lens');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const counts: Record<string, number> = {};
        for (const name of db.objectStoreNames) {
          counts[name] = await new Promise<number>((resolve) => {
            const count = db.transaction(name).objectStore(name).count();
            count.onsuccess = () => resolve(count.result);
          });
        }
        db.close();
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        const api = (g.browser ?? g.chrome) as ExtensionApi;
        return { counts, keys: Object.keys(await api.storage.local.get(null)) };
      });
      // Every store, the sent letters' included, is empty.
      expect(left.counts).toEqual({ letters: 0, meta: 0, readings: 0, requests: 0 });
      expect(left.keys).not.toContain('drafterCurrent');
      expect(left.keys).not.toContain('notifiedOverdue');

      await drafter.close();
      drafter = await openDrafterFromPanel(browser, site);
      expect(await drafter.evaluate(fieldValues)).toEqual({
        fullName: '',
        email: '',
        phone: '',
        kind: 'deletion',
      });
      expect(await drafter.evaluate(() => document.querySelectorAll('.requests li').length)).toBe(0);
    });

    it('switches to English, and the panel on the site follows the same setting', async () => {
      await chooseLanguage(drafter, 'en');
      expect(
        await drafter.evaluate(() => ({
          list: document.querySelector('#pl-tab-list')?.textContent,
          fullName: document.querySelector('label[for="pl-fullName"]')?.textContent,
          letterLang: document.querySelector('#pl-letter')?.getAttribute('lang'),
        })),
      ).toEqual({ list: 'My requests', fullName: 'Full name (required)', letterLang: 'ru' });
      await waitInPanel(
        site,
        (root) => root?.querySelector('[data-request="deletion"]')?.textContent === 'Delete my data',
      );
    });
  });

  // Chrome falls back to a tab when action.openPopup() is refused; the tab reads the intent from its URL.
  if (name === 'chromium') {
    describe('the drafter opened as a tab', () => {
      let tab: TestPage | undefined;
      beforeAll(async () => {
        // Back to no language chosen, as in a new profile: the story above chose one.
        await browser.evaluateInBackground!(() =>
          (
            globalThis as unknown as {
              chrome: { storage: { local: { remove(key: string): Promise<void> } } };
            }
          ).chrome.storage.local.remove('language'),
        );
      });
      afterAll(async () => {
        await tab?.close().catch(() => undefined);
      });

      it('takes the kind and the page addresses from the URL the background builds, and ignores a forged one', async () => {
        tab = await browser.newPage();
        const intent: DrafterIntent = {
          policyId: 'expert.plus',
          kind: 'access',
          pageContacts: [
            {
              email: 'privacy@expert.plus',
              context: 'Вопросы о данных: privacy@expert.plus',
              pageUrl: 'https://expert.plus/account',
            },
          ],
          pageUrl: 'https://expert.plus/account',
        };
        await tab.goto(`/popup.html${intentToSearch(intent)}`);
        await drafterReady(tab);
        await tab.waitFor(() => document.documentElement.classList.contains('in-tab'));
        const opened = await tab.evaluate(() => {
          const recipient = document.querySelector<HTMLInputElement>('input[name="pl-recipient"]:checked');
          return {
            kind: document.querySelector<HTMLInputElement>('input[name="pl-kind"]:checked')?.value,
            recipient: recipient?.id,
            suggestion: document.querySelector('label[for="pl-recipient-page-0"]')?.textContent,
            from: document.querySelector('#pl-site ~ .hint')?.textContent,
          };
        });
        // No language chosen (the one chosen above was removed): the UI follows the browser's (en-US).
        expect(opened).toEqual({
          kind: 'access',
          recipient: 'pl-recipient-other',
          suggestion:
            'privacy@expert.plus address shown on the site on the page https://expert.plus/account: Вопросы о данных: privacy@expert.plus',
          from: 'Opened from the page https://expert.plus/account',
        });

        // A contact that could add a header or a recipient to a mailto URL makes the whole intent invalid.
        const forged = [{ email: 'a@b.ru?cc=c@d.ru', context: '', pageUrl: 'https://expert.plus/' }];
        await tab.goto(
          `/popup.html?policy=expert.plus&kind=deletion&contacts=${encodeURIComponent(JSON.stringify(forged))}`,
        );
        await drafterReady(tab);
        const text = await tab.evaluate(() => document.body.innerHTML);
        expect(text).not.toContain('c@d.ru');
        expect(
          await tab.evaluate(
            () => document.querySelector<HTMLInputElement>('input[name="pl-kind"]:checked')?.value,
          ),
        ).toBe('access');
        expect(tab.errors).toEqual([]);
      });
    });
  }

  describe('storage of an earlier version', () => {
    it('upgrades requests saved by the v2 schema in the browser itself: list, letters, indexes', async () => {
      // An extension page, opened as a user opens it; the database is then rewritten from inside it.
      const page = await openDrafterFromPanel(browser, await openSiteWithPanel(browser));
      const letter = {
        subject: 'Требование об уничтожении персональных данных (PL-20250301-V2AA)',
        body: 'Индивидуальному предпринимателю Ворсову А.А.\n\nПрошу уничтожить мои персональные данные.\n\nИванова А. С.',
      };
      // The database as version 2 of the extension left it: each sent letter inside its request.
      await page.evaluate(async (letter) => {
        const done = (request: IDBRequest | IDBOpenDBRequest) =>
          new Promise<unknown>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        // The drafter's own connection closes itself for this (versionchange).
        await done(indexedDB.deleteDatabase('policy-lens'));
        const open = indexedDB.open('policy-lens', 2);
        open.onupgradeneeded = () => {
          const requests = open.result.createObjectStore('requests', { keyPath: 'id' });
          requests.createIndex('by-updated', 'updatedAt');
          requests.createIndex('by-status', 'status');
          open.result.createObjectStore('meta');
        };
        const db = (await done(open)) as IDBDatabase;
        const tx = db.transaction('requests', 'readwrite');
        const base = {
          policyId: 'expert.plus',
          person: { fullName: 'Иванова Анна Сергеевна', email: 'anna@example.ru' },
          createdAt: '2025-03-01T09:00:00.000Z',
        };
        tx.objectStore('requests').put({
          ...base,
          id: 'v2-sent',
          kind: 'deletion',
          status: 'sent',
          reference: 'PL-20250301-V2AA',
          updatedAt: '2025-03-01T10:00:00.000Z',
          sentOn: '2025-03-01',
          deadlines: [
            {
              id: 'answer',
              label: { ru: 'ответ на обращение', en: 'answer' },
              date: '2025-03-17',
              approximate: false,
            },
          ],
          letter,
        });
        tx.objectStore('requests').put({
          ...base,
          id: 'v2-draft',
          kind: 'access',
          status: 'draft',
          reference: 'PL-20250301-V2BB',
          updatedAt: '2025-03-02T10:00:00.000Z',
          deadlines: [],
        });
        await new Promise((resolve) => {
          tx.oncomplete = resolve;
        });
        db.close();
      }, letter);

      // The next opening upgrades it. (Navigated from inside: Firefox's driver may not open extension pages.)
      await page.evaluate(() => {
        location.href = '/popup.html?view=list';
      });
      await page.waitFor(() => document.querySelectorAll('.requests li.req').length === 2);
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('.requests li.req')].map((li) => li.getAttribute('data-id')),
        ),
      ).toEqual(['v2-sent', 'v2-draft']); // overdue first
      const stored = await page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('policy-lens');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const get = (store: string, key: string) =>
          new Promise<unknown>((resolve) => {
            const request = db.transaction(store).objectStore(store).get(key);
            request.onsuccess = () => resolve(request.result);
          });
        const result = {
          version: db.version,
          stores: [...db.objectStoreNames],
          indexes: [...db.transaction('requests').objectStore('requests').indexNames],
          sentHasLetter: 'letter' in ((await get('requests', 'v2-sent')) as object),
          // v5: a request sent before it is kept as an e-mail received the day it was sent.
          sentReceipt: (({ channel, receivedOn }) => ({ channel, receivedOn }))(
            (await get('requests', 'v2-sent')) as { channel?: string; receivedOn?: string },
          ),
          letter: await get('letters', 'v2-sent'),
          draftLetter: await get('letters', 'v2-draft'),
        };
        db.close();
        return result;
      });
      expect(stored).toEqual({
        version: 6,
        stores: ['letters', 'meta', 'readings', 'requests'],
        indexes: ['by-status-updated'],
        sentHasLetter: false,
        sentReceipt: { channel: 'email', receivedOn: '2025-03-01' },
        letter,
        draftLetter: undefined,
      });

      // Opened from the list, the sent request shows the letter exactly as it was sent.
      await page.click('.requests li.req[data-id="v2-sent"] [data-action="open"]');
      await page.waitFor(() => document.querySelector('.drafter')?.getAttribute('data-view') === 'draft');
      expect(await page.evaluate(() => document.querySelector('#pl-subject')?.textContent)).toBe(
        letter.subject,
      );
      expect(await page.evaluate(() => document.querySelector('#pl-letter')?.textContent)).toBe(letter.body);
      expect(page.errors).toEqual([]);
    });
  });

  it('left no request to anywhere but the fixture site in the pages the harness watches', async () => {
    expect(browser.strayRequests).toEqual([]);
  });
});
