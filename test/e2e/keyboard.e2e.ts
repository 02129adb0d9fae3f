// The keyboard-only journey, in Chromium and Firefox: Tab to the launcher, open the panel, reach
// "Request deletion" within 5 Tab stops, draft, copy, mark as sent, open the follow-up, delete, Escape.
// After every step the focused element is checked as a user meets it: visible, named, never the body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../lib/law/russian-calendar';
import { expectFocusUsable, focusMatches, tabTo } from './a11y-helpers';
import { browsers, launch, type TestBrowser } from './harness';
import { panelReady, waitInPanel } from './panel-helpers';

describe.each(browsers)('%s: the keyboard-only journey', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('launcher → panel → Request deletion (≤ 5 Tabs) → draft, copy, sent → follow-up → delete → Escape', async () => {
    const site = await browser.newPage();
    await site.goto('https://expert.plus/', { file: 'home.html' });
    await panelReady(site);

    // 1. Tab to the launcher.
    await tabTo(site, '.launcher', 60);
    const launcher = await expectFocusUsable(site, 'launcher');
    expect(launcher.name).toMatch(/^Data/);

    // 2. Open the panel: focus goes into it.
    await site.press('Enter');
    await waitInPanel(site, (root) => root?.querySelector<HTMLElement>('#pl-panel')?.hidden === false);
    await waitInPanel(site, (root) => root?.querySelector('[data-request="deletion"]'));
    await expectFocusUsable(site, 'panel open');

    // 3. "Request deletion" within 5 Tab stops.
    const stops = await tabTo(site, '[data-request="deletion"]', 5);
    expect(stops).toBeLessThanOrEqual(5);
    await expectFocusUsable(site, 'request deletion');

    // 4. Draft: the drafter opens with the focus on something named, and the form is filled by keyboard.
    await site.press('Enter');
    const drafter = await browser.waitForExtensionPage('popup.html', 10_000);
    await drafter.waitFor(
      () => document.querySelector('#pl-fullName')?.matches(':enabled'),
      undefined,
      10_000,
    );
    await expectFocusUsable(drafter, 'drafter opened');
    if (!(await drafter.panel(focusMatches, '#pl-fullName'))) await tabTo(drafter, '#pl-fullName', 20);
    await drafter.type('Иванова Мария Петровна');
    await tabTo(drafter, '#pl-email', 1);
    await drafter.type('maria@example.org');
    await expectFocusUsable(drafter, 'typed');

    // 5. Copy.
    await tabTo(drafter, '#pl-copy', 40);
    await drafter.press('Enter');
    await drafter.waitFor(
      () => (document.querySelector('.send [role="status"]')?.textContent ?? '').length > 0,
    );
    await expectFocusUsable(drafter, 'copied');

    // 6. Mark as sent, 60 days ago so its deadlines have passed. The date picker's keys differ by
    // browser and locale: the date is set as the picker sets it; everything else is keys.
    await tabTo(drafter, '#pl-sentOn', 10);
    await drafter.evaluate(
      (date) => {
        const input = document.querySelector<HTMLInputElement>('#pl-sentOn');
        if (!input) throw new Error('no #pl-sentOn');
        input.value = date;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      addDays(new Date().toISOString().slice(0, 10), -60),
    );
    // A date field is one Tab stop per part (day, month, year); the date of receipt comes between.
    await tabTo(drafter, '#pl-mark-sent', 12);
    await drafter.press('Enter');
    await drafter.waitFor(() => document.querySelector('#pl-sent-info'));
    const sent = await expectFocusUsable(drafter, 'marked sent');
    expect(sent.element).not.toMatch(/^select#pl-lang/);

    // 7. My requests → the follow-up letter, shown where the user is, with the focus on its heading.
    await tabTo(drafter, '#pl-tab-list', 40, 'Shift+Tab');
    await drafter.press('Enter');
    await drafter.waitFor(() => document.querySelector('.requests li.req.status-overdue'), undefined, 10_000);
    await tabTo(drafter, '.requests li.req.status-overdue [data-action="follow-up"]', 15);
    await drafter.press('Enter');
    await drafter.waitFor(() => document.querySelector('.follow-up'));
    const followUp = await expectFocusUsable(drafter, 'follow-up');
    expect(followUp.name).toMatch(/follow-up|повторное/i);

    // 8. Delete that request: the question takes the focus, "yes" deletes, the focus stays in the list.
    await tabTo(drafter, '.requests li.req [data-action="delete"]', 20, 'Shift+Tab');
    await drafter.press('Enter');
    await drafter.waitFor(() => document.querySelector('[data-action="delete-yes"]'));
    await expectFocusUsable(drafter, 'delete?');
    await tabTo(drafter, '[data-action="delete-yes"]', 2, 'Shift+Tab');
    await drafter.press('Enter');
    await drafter.waitFor(() => !document.querySelector('[data-action="delete-yes"]'));
    await expectFocusUsable(drafter, 'deleted');

    // 9. Escape on the page closes the panel and the focus returns to the launcher.
    await site.press('Escape');
    await waitInPanel(site, (root) => root?.querySelector<HTMLElement>('#pl-panel')?.hidden === true);
    const back = await expectFocusUsable(site, 'escape');
    expect(back.element).toMatch(/launcher/);
    expect(site.errors).toEqual([]);
    expect(drafter.errors).toEqual([]);
  });
});
