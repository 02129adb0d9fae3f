// What every e2e file does with the side panel on a page: wait for its launcher, open it and wait until
// the policy has loaded (it comes from the background on first open).
import { clickedInPanel, type TestPage } from './harness';

/** The panel's host on the page: a plain <div> marked data-policy-lens (entrypoints/panel.content/mount.ts). */
export const hostSelector = '[data-policy-lens]';

/** Waits for the panel's launcher to be rendered. */
export async function panelReady(page: TestPage, timeoutMs = 10_000) {
  await waitInPanel(page, (root) => root?.querySelector('.launcher'), undefined, timeoutMs);
}

/** Opens the panel unless it is open (the open state is remembered across pages) and waits for the summary. */
export async function openPanel(page: TestPage, timeoutMs = 10_000) {
  await panelReady(page, timeoutMs);
  if (!(await panelIsOpen(page))) await clickInPanel(page, '.launcher');
  await waitInPanel(
    page,
    (root) => {
      const panel = root?.querySelector<HTMLElement>('#pl-panel');
      return panel?.hidden === false && panel.querySelector('[data-section="verdict"]');
    },
    undefined,
    timeoutMs,
  );
}

/** Closes the panel, leaving the remembered state closed for the next test. */
export async function closePanel(page: TestPage) {
  await page.click('.close');
  await waitInPanel(page, (root) => root?.querySelector<HTMLElement>('#pl-panel')?.hidden === true);
}

/**
 * Ends the panel's animations (its 160 ms slide-in) and waits until none runs, so a measurement or a
 * screenshot is not caught mid-way. Ended rather than waited for: a browser that renders a page slowly
 * (a loaded machine, a window it thinks hidden) can hold an animation's clock for seconds.
 */
export async function panelSettled(page: TestPage, timeoutMs = 5_000) {
  await page.panel((root) => {
    for (const animation of root?.getAnimations() ?? []) animation.finish();
  });
  await waitInPanel(
    page,
    (root) => (root ? root.getAnimations().every((a) => a.playState !== 'running') : false),
    undefined,
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

/** A user's click on the panel control matching `selector`: a real mouse click at its centre. */
export async function clickInPanel(page: TestPage, selector: string, timeoutMs = 10_000): Promise<void> {
  await waitInPanel(page, (root, sel) => root?.querySelector(sel), selector, timeoutMs);
  if (!(await clickedInPanel(page, selector))) throw new Error(`clickInPanel: no ${selector}`);
}

/** Whether the panel (not only its launcher) is open. */
export const panelIsOpen = (page: TestPage) =>
  page.panel((root) => root?.querySelector<HTMLElement>('#pl-panel')?.hidden === false);

/**
 * axe-core's violations in the panel (inside `selector` of its shadow root). axe cannot enter a closed
 * shadow root, so it audits an exact copy: the same nodes and the same style sheets, in an open shadow
 * root on a host styled like ours, shown the same way; the copy is removed afterwards. axe runs in the
 * test's own world (TestPage#panelScript), not the page's.
 */
export async function auditPanel(
  page: TestPage,
  axeSource: string,
  selector = '.root',
  /** Every rule axe has (AAA, best practices, experimental), not only its default set. */
  everyRule = false,
): Promise<string[]> {
  await page.panelScript(axeSource);
  return page.panel(
    async (root, [sel, every]) => {
      if (!root) return ['no panel'];
      const original = root.host as HTMLElement;
      const copy = document.createElement('div');
      copy.setAttribute('data-policy-lens-audit', '');
      copy.setAttribute('style', original.getAttribute('style') ?? '');
      const open = copy.attachShadow({ mode: 'open' });
      const css = [...root.adoptedStyleSheets]
        .map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n'))
        .join('\n');
      const style = document.createElement('style');
      style.textContent = css;
      open.append(style);
      for (const node of root.childNodes) open.append(node.cloneNode(true));
      document.documentElement.append(copy);
      if (original.matches(':popover-open')) {
        copy.setAttribute('popover', 'manual');
        copy.showPopover();
      }
      try {
        type Axe = {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
        const axe = (globalThis as unknown as { axe: Axe & { getRules(): { ruleId: string }[] } }).axe;
        const only = every ? { runOnly: { type: 'rule', values: axe.getRules().map((r) => r.ruleId) } } : {};
        const result = await axe.run(
          { include: { fromShadowDom: ['[data-policy-lens-audit]', sel] } },
          { resultTypes: ['violations'], ...only },
        );
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      } finally {
        copy.remove();
      }
    },
    [selector, everyRule] as const,
  );
}
