// What the accessibility e2e files share: axe-core with every rule it has switched on, the keyboard
// focus as a user meets it (deep through shadow roots: visible, named, never the body), and a history
// of 20 mixed requests to import into "My requests".
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect } from 'vitest';
import { exportBackup } from '../../lib/requests/backup';
import type { RequestRecord } from '../../lib/requests/request-record';
import type { TestPage } from './harness';

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core with EVERY rule it has (WCAG 2.0–2.2 A/AA/AAA, best practices and the experimental
 * ones, which axe leaves off by default) on `include` (the document by default; a shadow-root path for
 * the panel). Returns "rule: targets" lines, one per violated rule.
 */
export async function axeEveryRule(page: TestPage, include?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScript(axeSource);
  return page.evaluate(async (shadowPath) => {
    type Axe = {
      getRules(): { ruleId: string }[];
      run(ctx: unknown, opts: unknown): Promise<unknown>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const rules = axe.getRules().map((r) => r.ruleId);
    const result = (await axe.run(shadowPath ? { include: { fromShadowDom: shadowPath } } : document, {
      runOnly: { type: 'rule', values: rules },
      resultTypes: ['violations'],
    })) as { violations: { id: string; nodes: { target: unknown }[] }[] };
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include);
}

export interface FocusState {
  /** `tag#id.class` of the deepest focused element (through open shadow roots). */
  element: string;
  /** Its accessible name, roughly as a screen reader computes it (label, aria-*, text). */
  name: string;
  /** The focus is on <body> or nowhere. */
  lost: boolean;
  /** It has a box inside the viewport and is the topmost thing at its centre. */
  visible: boolean;
}

/**
 * Where keyboard focus is now, as a user would judge it. Run through TestPage#panel, which hands it the
 * panel's shadow root (closed to the page; null on an extension page): the focus is followed into it.
 */
export const focusState = (root: ShadowRoot | null): FocusState => {
  let el: Element | null = document.activeElement;
  if (root && el === root.host) el = root.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || el === document.documentElement || el === root?.host)
    return { element: el?.tagName.toLowerCase() ?? 'none', name: '', lost: true, visible: false };
  const scope = el.getRootNode() as Document | ShadowRoot;
  const byId = (id: string) => scope.getElementById?.(id) ?? document.getElementById(id);
  const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
  let name = el.getAttribute('aria-label') ?? '';
  if (!name && el.getAttribute('aria-labelledby'))
    name = (el.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => text(byId(id)))
      .join(' ')
      .trim();
  if (!name && 'labels' in el) {
    const labels = (el as HTMLInputElement).labels;
    if (labels?.length) name = [...labels].map(text).join(' ');
  }
  if (!name && el.closest('label')) name = text(el.closest('label'));
  if (!name && !(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) name = text(el);
  if (!name) name = el.getAttribute('title') ?? '';
  const rect = el.getBoundingClientRect();
  const inView =
    rect.width > 0 &&
    rect.height > 0 &&
    rect.bottom > 0 &&
    rect.right > 0 &&
    rect.top < innerHeight &&
    rect.left < innerWidth;
  let visible = false;
  if (inView) {
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
    const hit = scope.elementFromPoint?.(x, y) ?? document.elementFromPoint(x, y);
    visible = Boolean(hit && (hit === el || el.contains(hit) || hit.contains(el)));
  }
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
  return {
    element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`,
    name,
    lost: false,
    visible,
  };
};

/** The deepest focused element matches `selector` (followed into the panel's closed shadow root). */
export const focusMatches = (root: ShadowRoot | null, selector: string) => {
  let el: Element | null = document.activeElement;
  if (root && el === root.host) el = root.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return Boolean(el?.matches(selector));
};

/**
 * Presses Tab (or Shift+Tab) until the focus is on `selector`; returns how many presses it took, or
 * throws after `max` naming where the focus went.
 */
export async function tabTo(page: TestPage, selector: string, max: number, key = 'Tab'): Promise<number> {
  const path: string[] = [];
  for (let i = 1; i <= max; i++) {
    await page.press(key);
    if (await page.panel(focusMatches, selector)) return i;
    path.push((await page.panel(focusState)).element);
  }
  throw new Error(`${selector} not reached in ${max} × ${key}; focus went: ${path.join(' → ')}`);
}

/** The focus after a step: on a visible, named element, not the body. */
export async function expectFocusUsable(page: TestPage, step: string): Promise<FocusState> {
  // Focus moves after a render; give the page two frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const state = await page.panel(focusState);
  expect(
    { step, lost: state.lost, visible: state.visible, named: state.name.length > 0 },
    JSON.stringify(state),
  ).toEqual({
    step,
    lost: false,
    visible: true,
    named: true,
  });
  return state;
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * 20 requests of every kind and status as "My requests" holds them after months of use: drafts, sent
 * ones waiting, sent ones overdue, answered and done, with deadlines and letters.
 */
export function mixedRequests(now = Date.now()): RequestRecord[] {
  const kinds = [
    'deletion',
    'withdraw-consent',
    'access',
    'correction',
    'stop-processing',
    'stop-marketing',
  ] as const;
  const statuses = ['draft', 'sent', 'sent', 'answered', 'done'] as const;
  const records: RequestRecord[] = [];
  for (let i = 0; i < 20; i++) {
    const created = now - (i + 1) * 6 * 86_400_000;
    const status = statuses[i % statuses.length]!;
    const ref = `PL-${day(created).replaceAll('-', '')}-${'ABCDEFGHJKLMNPQRSTUV'[i]}${'23456789'[i % 8]}K${'QRSTUVWXYZ'[i % 10]}`;
    const r: RequestRecord = {
      id: `${created.toString(36)}-a11y${String(i).padStart(3, '0')}`,
      policyId: 'expert.plus',
      kind: kinds[i % kinds.length]!,
      person: {
        fullName: `Иванова Мария ${i + 1}`,
        email: `maria${i}@example.org`,
        recipient: 'info@expert.plus',
      },
      status,
      reference: ref,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created + 3_600_000).toISOString(),
      deadlines: [],
    };
    if (status !== 'draft') {
      r.sentOn = day(created);
      r.deadlines = [
        {
          id: 'answer',
          label: { ru: 'ответ на обращение', en: 'answer to the request' },
          // Alternately still running and already passed, so some sent ones are overdue.
          date: day(created + (i % 2 ? 40 : 14) * 86_400_000),
          approximate: false,
        },
      ];
      r.letter = { subject: `Требование (обращение № ${ref})`, body: `Письмо ${i + 1}.\nПодпись.` };
    }
    if (status === 'answered' || status === 'done') r.answeredOn = day(created + 5 * 86_400_000);
    if (status === 'done') r.doneOn = day(created + 6 * 86_400_000);
    records.push(r);
  }
  return records;
}

/** Imports `records` into the drafter's "My requests" through its own import button, as a user would. */
export async function importRequests(drafter: TestPage, dir: string, records: RequestRecord[]) {
  const path = join(dir, 'requests.json');
  writeFileSync(path, exportBackup(records, new Date()));
  await drafter.click('#pl-tab-list');
  await drafter.waitFor(() => document.querySelector('#pl-import'));
  await drafter.upload('#pl-import', path);
  await drafter.waitFor(
    (n) => document.querySelectorAll('.requests li.req').length >= n,
    records.length,
    10_000,
  );
}
