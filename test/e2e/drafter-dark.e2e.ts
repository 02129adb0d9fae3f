// The drafter in Firefox's dark mode. Firefox cannot switch prefers-color-scheme per page (WebDriver
// BiDi has no such emulation), so the dark audit needs a browser launched dark: its own file, one
// launch. Chromium's dark audit runs per page in drafter.e2e.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEveryView, openDrafterFromPanel, openSiteWithPanel, person, typeInto } from './drafter-helpers';
import { launch, type TestBrowser } from './harness';

describe('firefox: the request drafter in dark mode', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch('firefox', { colorScheme: 'dark' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has no axe-core violations in the form, the sent request and the list', async () => {
    const site = await openSiteWithPanel(browser);
    const drafter = await openDrafterFromPanel(browser, site);
    await typeInto(drafter, '#pl-fullName', person.name);
    await typeInto(drafter, '#pl-email', person.email);
    await drafter.click('#pl-mark-sent');
    await drafter.waitFor(() => document.querySelector('#pl-sent-info'));
    expect(await auditEveryView(drafter, 'dark')).toEqual([]);
    expect(drafter.errors).toEqual([]);
  });
});
