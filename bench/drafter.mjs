// What the drafter costs its user: its size, time to interactive on an empty store, and the list of
// 1,000 saved requests (first page, "Show all", and a mostly finished history).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bundle,
  extensionDir,
  importBundle,
  LIST_ROWS,
  log,
  RUNS,
  sizeOf,
  TIMEOUT,
  WARMUP,
  withImports,
} from './common.mjs';
import { problems, record, recordSamples } from './report.mjs';

// ——— size ———

/** popup.html and everything it loads: its scripts and stylesheets, and their static JS imports. */
function popupSize() {
  const html = join(extensionDir, 'popup.html');
  const text = readFileSync(html, 'utf8');
  const linked = [...text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((u) => !/^[a-z]+:/i.test(u))
    .map((u) => join(extensionDir, u.replace(/^\//, '')));
  return sizeOf([html, ...withImports(linked)]);
}

/** The drafter, popup.html and all it loads, raw and gzip. Returns its files, for the details. */
export function measurePopupSize() {
  const popup = popupSize();
  record({
    section: 'sizes',
    id: 'popupRaw',
    label: 'Drafter (popup.html + all it loads), raw',
    unit: 'bytes',
    value: popup.raw,
  });
  record({
    section: 'sizes',
    id: 'popupGzip',
    label: 'Drafter (popup.html + all it loads), gzip',
    unit: 'bytes',
    value: popup.gzip,
    budgetKey: 'popupGzipBytes',
  });
  return popup.files;
}

// ——— the drafter ———

async function openDrafter(ext, query) {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html${query}`, { timeout: TIMEOUT });
    await page.waitForFunction(() => window.__plBench.painted !== null, null, { timeout: TIMEOUT });
    return await page.evaluate(() => ({ ...window.__plBench }));
  } finally {
    await page.close();
  }
}

/** Opens the list, then times "Show all": click → every row in the DOM, and painted (2 frames). */
async function showAllRun(ext) {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?view=list`, { timeout: TIMEOUT });
    await page.waitForFunction(() => window.__plBench.painted !== null, null, { timeout: TIMEOUT });
    return await page.evaluate(
      (rows) =>
        new Promise((done) => {
          const live = document.getElementsByClassName('req');
          const start = performance.now();
          const finish = () => {
            const ready = performance.now() - start;
            requestAnimationFrame(() =>
              requestAnimationFrame(() =>
                done({ ready, painted: performance.now() - start, rows: live.length }),
              ),
            );
          };
          const observer = new MutationObserver(() => {
            if (live.length >= rows) {
              observer.disconnect();
              finish();
            }
          });
          observer.observe(document, { childList: true, subtree: true });
          document.querySelector('[data-action="show-all"]').click();
        }),
      LIST_ROWS,
    );
  } finally {
    await page.close();
  }
}

/**
 * The same-run reference for the drafter's times: the extension's own manifest.json opened in a tab,
 * from navigation start to its load event. A document of the extension with no script of ours: what
 * navigating to any extension page costs this browser on this machine at this moment.
 */
export const REFERENCE_PATH = 'manifest.json';

async function openReference(ext) {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/${REFERENCE_PATH}`, {
      waitUntil: 'load',
      timeout: TIMEOUT,
    });
    return await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  } finally {
    await page.close();
  }
}

/** The drafter opened `runs` times after the warm-up, each interleaved with the reference page. */
async function drafterRuns(ext, query, runs, label) {
  const results = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    let r;
    let reference;
    if (i % 2 === 0) {
      r = await openDrafter(ext, query);
      reference = await openReference(ext);
    } else {
      reference = await openReference(ext);
      r = await openDrafter(ext, query);
    }
    r.reference = reference;
    if (i >= WARMUP) results.push(r);
    log(
      `${label} ${i + 1}/${WARMUP + runs}${i < WARMUP ? ' (warm-up)' : ''}: ready ${r.ready.toFixed(1)} ms, painted ${r.painted.toFixed(1)} ms, reference ${reference.toFixed(1)} ms`,
    );
  }
  return results;
}

/** 1,000 requests in the app's stored format, checked by the app's own backup parser. */
async function makeRecords(n, statusOf = (i, statuses) => statuses[i % statuses.length]) {
  const kinds = ['deletion', 'withdraw-consent', 'access', 'correction', 'stop-processing', 'stop-marketing'];
  const statuses = ['draft', 'sent', 'answered', 'done'];
  const day = (t) => new Date(t).toISOString().slice(0, 10);
  const start = Date.UTC(2025, 0, 6, 9, 0, 0);
  const body = (i) =>
    `Оператору персональных данных ИП Ворсов А.А.\nот Иванова Ивана Ивановича (${i})\n\n` +
    'ТРЕБОВАНИЕ об уничтожении персональных данных\n\n' +
    'На основании ч. 1 ст. 14 и ч. 1 ст. 21 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» ' +
    'и п. 4.2 Политики конфиденциальности сайта expert.plus прошу прекратить обработку и уничтожить мои ' +
    'персональные данные, в том числе имя, телефон, IP-адрес, данные файлов cookie и сведения о браузере, ' +
    'а также уведомить меня об этом по адресу электронной почты, указанному ниже. '.repeat(2);
  const records = [];
  for (let i = 0; i < n; i++) {
    const created = start + i * 7 * 3600_000;
    const status = statusOf(i, statuses);
    const code = (i * 7919)
      .toString(36)
      .toUpperCase()
      .padStart(4, '2')
      .slice(-4)
      .replace(/[01IO]/g, '7');
    const r = {
      id: `${created.toString(36)}-bench${String(i).padStart(5, '0')}`,
      policyId: 'expert.plus',
      kind: kinds[i % kinds.length],
      person: {
        fullName: `Иванов Иван Иванович ${i}`,
        email: `user${i}@example.org`,
        phone: `+7 900 ${String(1000000 + i).slice(-7)}`,
        recipient: 'support@expert.plus',
      },
      status,
      reference: `PL-${day(created).replaceAll('-', '')}-${code}`,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created + 3600_000).toISOString(),
      deadlines: [],
    };
    if (status !== 'draft') {
      r.sentOn = day(created);
      r.deadlines = [
        {
          id: 'answer',
          label: { ru: 'ответ на обращение', en: 'answer to the request' },
          date: day(created + 14 * 86400_000),
          approximate: i % 5 === 0,
        },
      ];
      r.letter = { subject: `Требование об уничтожении персональных данных (${r.reference})`, body: body(i) };
    }
    if (status === 'answered' || status === 'done') r.answeredOn = day(created + 5 * 86400_000);
    if (status === 'done') r.doneOn = day(created + 6 * 86400_000);
    records.push(r);
  }
  const backup = await importBundle(
    await bundle(`export { exportBackup, parseBackup } from './lib/requests/backup';`, { platform: 'node' }),
  );
  const parsed = backup.parseBackup(backup.exportBackup(records, new Date()));
  if (!parsed.ok) throw new Error(`seed records are not in the app's format: ${parsed.error.en}`);
  return parsed.requests;
}

async function seedRequests(ext, records) {
  const page = await ext.context.newPage();
  try {
    // The drafter creates the database at its current version; the records then go in through the
    // extension page's own indexedDB, one transaction, in the stored shape.
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?view=list`, { timeout: TIMEOUT });
    await page.waitForFunction(() => document.querySelector('.drafter'), null, { timeout: TIMEOUT });
    await page.waitForTimeout(500);
    return await page.evaluate(async (records) => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open('policy-lens');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      if (!db.objectStoreNames.contains('requests') || !db.objectStoreNames.contains('letters'))
        throw new Error('the drafter did not create its database (schema v3: requests, letters)');
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['requests', 'letters'], 'readwrite');
        const store = tx.objectStore('requests');
        const letters = tx.objectStore('letters');
        store.clear();
        letters.clear();
        // As lib/requests/db/store.ts stores them (splitLetter): the letter apart, under the request's id.
        for (const { letter, ...request } of records) {
          store.put(request);
          if (letter) letters.put(letter, request.id);
        }
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      const count = await new Promise((resolve) => {
        const req = db.transaction('requests').objectStore('requests').count();
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return count;
    }, records);
  } finally {
    await page.close();
  }
}

/** 3. The drafter: time to interactive on an empty store, then the list of 1,000 requests. */
export async function measureDrafter(ext, details) {
  await ext.extensionPagesOnly();
  const stat = (id, label, values, options) => recordSamples('drafter', id, label, values, options);
  const ratio = (runs) => runs.map((r) => r.ready / r.reference);
  const rows = LIST_ROWS.toLocaleString('en-US');

  const tti = await drafterRuns(ext, '', RUNS, 'drafter');
  const seeded = await seedRequests(ext, await makeRecords(LIST_ROWS));
  if (seeded !== LIST_ROWS) problems.push(`seeded ${seeded} requests instead of ${LIST_ROWS}`);
  const list = await drafterRuns(ext, '?view=list', RUNS, `list of ${rows}`);
  const showAll = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const r = await showAllRun(ext);
    if (i >= WARMUP) showAll.push(r);
    log(
      `show all ${i + 1}/${WARMUP + RUNS}: ${r.rows} rows ${r.ready.toFixed(1)} ms, painted ${r.painted.toFixed(1)} ms`,
    );
  }
  if (showAll.some((r) => r.rows !== LIST_ROWS)) problems.push('"Show all" did not show every request');
  // The same 1,000 as a long history mostly is: nearly all finished (95 % done, 3 % answered, 1 % sent,
  // 1 % drafts). The first page then comes mostly from the done ones, newest first through the index,
  // where the even mix above fills it from the sent ones alone.
  const finished = (i) =>
    ['done', 'answered', 'sent', 'draft'][[95, 98, 99, 100].findIndex((t) => i % 100 < t)];
  const seededFinished = await seedRequests(ext, await makeRecords(LIST_ROWS, finished));
  if (seededFinished !== LIST_ROWS)
    problems.push(`seeded ${seededFinished} requests instead of ${LIST_ROWS}`);
  const listFinished = await drafterRuns(ext, '?view=list', RUNS, `list of ${rows}, mostly finished`);

  // Ratios to the same-run reference first (each run beside its own reference load), then the times.
  stat(
    'drafterInteractiveRatio',
    'Drafter cold start (first input enabled) ÷ blank extension page (per run)',
    ratio(tti),
    { unit: 'x', budgetKey: 'drafterInteractiveRatio' },
  );
  stat(
    'requestList1000Ratio',
    `List of ${rows} requests shown ÷ blank extension page (per run)`,
    ratio(list),
    { unit: 'x', budgetKey: 'requestList1000Ratio' },
  );
  stat(
    'requestList1000FinishedRatio',
    `List of ${rows}, 95 % of them done, shown ÷ blank extension page (per run)`,
    ratio(listFinished),
    { unit: 'x', budgetKey: 'requestList1000Ratio' },
  );
  stat(
    'drafterInteractive',
    'Drafter: navigation → first input present and enabled',
    tti.map((r) => r.ready),
  );
  stat(
    'drafterPainted',
    'Drafter: navigation → form painted (2 frames)',
    tti.map((r) => r.painted),
  );
  stat(
    'requestList1000',
    `Saved requests: navigation → list of ${rows} shown (first page of rows)`,
    list.map((r) => r.ready),
  );
  stat(
    'requestList1000Painted',
    `Saved requests: navigation → list of ${rows} painted`,
    list.map((r) => r.painted),
  );
  stat(
    'requestList1000Finished',
    `Saved requests: navigation → list of ${rows} shown, 95 % of them done`,
    listFinished.map((r) => r.ready),
  );
  stat(
    'requestListShowAll',
    `Saved requests: "Show all" → ${rows} rows in the DOM`,
    showAll.map((r) => r.ready),
  );
  stat(
    'requestListShowAllPainted',
    `Saved requests: "Show all" → ${rows} rows painted`,
    showAll.map((r) => r.painted),
  );
  stat(
    'blankExtensionPage',
    `Reference: blank extension page (${REFERENCE_PATH}), navigation → load event`,
    [...tti, ...list, ...listFinished].map((r) => r.reference),
  );
  details.listRowsRendered = [...new Set(list.map((r) => r.rows))];
}
