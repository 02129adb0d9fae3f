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

/** Polls `fn` on the panel's shadow root (any mode, see TestPage#panel) until it returns a truthy value. */
export async function waitInPanel<A = undefined>(
  page: TestPage,
  fn: (root: ShadowRoot | null, arg: A) => unknown,
  arg?: A,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    last = await page.panel(fn, arg).catch((error: unknown) => String(error));
    if (last && !(typeof last === 'string' && last.startsWith('Error'))) return;
    if (Date.now() > deadline) throw new Error(`waitInPanel: timed out (${fn.toString().slice(0, 160)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A user's click on the panel control matching `selector`: scrolled into view, then a real mouse click
 * at its centre (a trusted event), after checking that the control is what is on top there.
 */
export async function clickInPanel(page: TestPage, selector: string, timeoutMs = 10_000): Promise<void> {
  await waitInPanel(page, (root, sel) => root?.querySelector(sel), selector, timeoutMs);
  const at = await page.panel((root, sel) => {
    const el = root?.querySelector<HTMLElement>(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const top = root?.elementFromPoint(x, y);
    return { x, y, onTop: Boolean(top && (top === el || el.contains(top))) };
  }, selector);
  if (!at) throw new Error(`clickInPanel: no ${selector}`);
  if (!at.onTop) throw new Error(`clickInPanel: ${selector} is covered at (${at.x}, ${at.y})`);
  await page.mouseClick(at.x, at.y);
}

/** Whether the panel (not only its launcher) is open. */
export const panelIsOpen = (page: TestPage) =>
  page.panel((root) => root?.querySelector<HTMLElement>('#pl-panel')?.hidden === false);
