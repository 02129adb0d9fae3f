// Fetching one policy page, on the user's click, with the limits that keep a hostile or broken answer
// from hanging the browser: at most `maxPageBytes`, text only (HTML or plain text), a time limit. Pure in
// the project's sense: the fetch function is a parameter (the injected script passes the page's own
// `fetch`, the background its own), so the rules are unit-tested without a network.

/** A page larger than this is refused, not read (a 20 MB page is not a privacy policy). */
export const maxPageBytes = 10 * 1024 * 1024;
/** How long a fetch may take. */
export const fetchTimeoutMs = 15_000;

export type FetchedPage =
  | { ok: true; url: string; kind: 'html' | 'text'; body: string }
  | {
      ok: false;
      url: string;
      error: 'too-large' | 'binary' | 'http' | 'network' | 'timeout';
      detail?: string;
    };

type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

const textTypes = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/** Whether the first bytes look like a binary file (a NUL byte, or a PDF / ZIP / Office signature). */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  if (head.includes(0)) return true;
  const sig = String.fromCharCode(...head.subarray(0, 5));
  return (
    sig.startsWith('%PDF') || sig.startsWith('PK\u0003\u0004') || sig.startsWith('\u00d0\u00cf\u0011\u00e0')
  );
}

/** The charset a Content-Type names, or utf-8. Russian sites still serve windows-1251. */
export function charsetOf(contentType: string): string {
  const m = /charset\s*=\s*"?([\w-]+)/i.exec(contentType);
  return m ? m[1]!.toLowerCase() : 'utf-8';
}

/** Fetches `url` as text within the limits; never throws. */
export async function fetchPolicyPage(url: string, fetchImpl: FetchLike): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), fetchTimeoutMs);
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      redirect: 'follow',
      credentials: 'omit',
      headers: { Accept: 'text/html,text/plain;q=0.9' },
    });
    const finalUrl = response.url || url;
    if (!response.ok) return { ok: false, url: finalUrl, error: 'http', detail: String(response.status) };
    const type = response.headers.get('content-type') ?? '';
    if (type && !textTypes.test(type)) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, url: finalUrl, error: 'binary', detail: type.split(';')[0] };
    }
    const declared = Number(response.headers.get('content-length') ?? '');
    if (Number.isFinite(declared) && declared > maxPageBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, url: finalUrl, error: 'too-large' };
    }
    const bytes = await readCapped(response, maxPageBytes);
    if (!bytes) return { ok: false, url: finalUrl, error: 'too-large' };
    if (looksBinary(bytes)) return { ok: false, url: finalUrl, error: 'binary' };
    let body: string;
    try {
      body = new TextDecoder(charsetOf(type)).decode(bytes);
    } catch {
      body = new TextDecoder('utf-8').decode(bytes);
    }
    const kind = /^text\/plain/i.test(type) ? 'text' : 'html';
    return { ok: true, url: finalUrl, kind, body };
  } catch (error) {
    const aborted = controller.signal.aborted;
    return { ok: false, url, error: aborted ? 'timeout' : 'network', detail: String(error).slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}

/** The body's bytes, or undefined as soon as they pass `max` (the rest is not downloaded). */
async function readCapped(response: Response, max: number): Promise<Uint8Array | undefined> {
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    return buffer.byteLength > max ? undefined : buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The limits of text the user pastes or opens from a file. */
export const maxPastedChars = 5_000_000;

/** Checks a file the user opened: text, not too large. */
export function checkOpenedFile(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: 'too-large' | 'binary' } {
  if (bytes.byteLength > maxPageBytes) return { ok: false, error: 'too-large' };
  if (looksBinary(bytes)) return { ok: false, error: 'binary' };
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}
