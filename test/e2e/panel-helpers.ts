// What every e2e file does with the side panel on a page: wait for its launcher, open it and wait until
// the policy has loaded (it comes from the background on first open).
import type { TestPage } from './harness';

/** The panel's host on the page: a plain <div> marked data-policy-lens (entrypoints/panel.content/mount.ts). */
export const hostSelector = '[data-policy-lens]';

/** Waits for the panel's launcher to be rendered. */
export async function panelReady(page: TestPage, timeoutMs = 10_000) {
  await page.waitFor(
    (h) => document.querySelector(h)?.shadowRoot?.querySelector('.launcher'),
    hostSelector,
    timeoutMs,
  );
}

/** Opens the panel unless it is open (the open state is remembered across pages) and waits for the summary. */
export async function openPanel(page: TestPage, timeoutMs = 10_000) {
  await panelReady(page, timeoutMs);
  const open = await page.evaluate(
    (h) => document.querySelector(h)?.shadowRoot?.querySelector<HTMLElement>('#pl-panel')?.hidden === false,
    hostSelector,
  );
  if (!open) await page.click('.launcher');
  await page.waitFor(
    (h) => {
      const panel = document.querySelector(h)?.shadowRoot?.querySelector<HTMLElement>('#pl-panel');
      return panel?.hidden === false && panel.querySelector('[data-section="verdict"]');
    },
    hostSelector,
    timeoutMs,
  );
}

/** Closes the panel, leaving the remembered state closed for the next test. */
export async function closePanel(page: TestPage) {
  await page.click('.close');
  await page.waitFor(
    (h) => document.querySelector(h)?.shadowRoot?.querySelector<HTMLElement>('#pl-panel')?.hidden === true,
    hostSelector,
  );
}

/** Waits until the panel's animations (its slide-in) have finished, so a screenshot is not caught mid-way. */
export async function panelSettled(page: TestPage, timeoutMs = 5_000) {
  await page.waitFor(
    (h) => {
      const root = document.querySelector(h)?.shadowRoot;
      return root ? root.getAnimations().every((a) => a.playState !== 'running') : false;
    },
    hostSelector,
    timeoutMs,
  );
}
