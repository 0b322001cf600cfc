/// <reference lib="webworker" />
import { DATA_CACHE, SAVED_AT_HEADER } from '@/lib/offline-protocol';

/** How long a reader waits for the server before the saved copy answers instead. */
const NETWORK_TIMEOUT_MS = 4000;
/**
 * Once the server has kept a file waiting that long, the next files wait only this long, for a
 * while: a view loads its files one after another, and 4 s each would add up to a blank view.
 */
const SLOW_SERVER_TIMEOUT_MS = 800;
const SLOW_SERVER_MEMORY_MS = 60_000;
let slowSince: number | undefined;

const networkTimeout = () =>
  slowSince !== undefined && Date.now() - slowSince < SLOW_SERVER_MEMORY_MS
    ? SLOW_SERVER_TIMEOUT_MS
    : NETWORK_TIMEOUT_MS;

/** One copy per file: the key is the file's address without its query or fragment. */
export function copyKey(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

/**
 * Whether a saved copy may stay: packs.json, and the files of a pack the manifest lists. A pack
 * taken out of the manifest takes its copies with it, so the cache never outgrows the packs.
 */
export function isKept(url: string, dataFolder: string, packIds: readonly string[]): boolean {
  const { pathname, search } = new URL(url);
  if (search !== '' || !pathname.startsWith(dataFolder)) return false;
  const path = pathname.slice(dataFolder.length);
  return path === 'packs.json' || packIds.some((id) => path.startsWith(`${id}/`));
}

/** The pack ids of a packs.json body, or undefined when it is not a manifest. */
export function packIdsOf(json: unknown): string[] | undefined {
  const packs = (json as { packs?: unknown } | null)?.packs;
  if (!Array.isArray(packs)) return undefined;
  const ids = packs.map((p) => (p as { id?: unknown } | null)?.id);
  // An empty list is no manifest (the schema wants one pack at least): it must not empty the cache.
  return ids.length > 0 && ids.every((id) => typeof id === 'string') ? ids : undefined;
}

const isJsonType = (type: string | null) => /^application\/([\w.-]+\+)?json\b/i.test(type ?? '');

function parsesAsJson(body: ArrayBuffer): boolean {
  try {
    JSON.parse(new TextDecoder().decode(body));
    return true;
  } catch {
    return false;
  }
}

/**
 * The copy to keep of a server's answer, stamped with when it was saved; undefined when the answer
 * is not the data file itself. Only a plain 200 of our own origin, not redirected, that is JSON:
 * a sign-in page or an HTML fallback answered with 200 (often after a redirect) must never
 * replace a good copy.
 */
async function savedCopyOf(response: Response): Promise<Response | undefined> {
  if (response.status !== 200 || response.redirected || response.type !== 'basic') return undefined;
  const body = await response.clone().arrayBuffer();
  if (!isJsonType(response.headers.get('content-type')) && !parsesAsJson(body)) return undefined;
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, new Date().toISOString());
  // The body is already decoded: its old encoding and length no longer apply.
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(body, { status: 200, statusText: response.statusText, headers });
}

/**
 * Answers that say the server cannot serve the file right now. The saved copy answers instead.
 * Other answers pass through: a 404 says the file is really gone (a curator removed it), and a
 * reader shown last month's copy of it would never learn that; the app words it as a missing file.
 */
const isTemporaryFailure = (status: number) => status >= 500 || status === 408 || status === 429;

/**
 * Network first, the saved copy when the server fails: on a network error, a temporary failure,
 * an answer that is not the data (see savedCopyOf), or no answer within NETWORK_TIMEOUT_MS. With
 * no saved copy the server's own answer (or error) reaches the app, which explains it.
 */
export async function answerDataRequest(
  request: Request,
  dataFolder: string,
  waitUntil: (work: Promise<unknown>) => void,
): Promise<Response> {
  const cache = await caches.open(DATA_CACHE);
  const key = copyKey(request.url);
  const savedCopy = () => cache.match(key);

  const network = fetch(request).then(async (response) => {
    slowSince = undefined;
    const copy = await savedCopyOf(response);
    if (copy) {
      // Kept in the background, even when the saved copy has already answered after a timeout,
      // so the next visit gets this newer file.
      waitUntil(keep(cache, key, copy, dataFolder));
      return response;
    }
    const unusable = isTemporaryFailure(response.status) || response.status === 200;
    return (unusable && (await savedCopy())) || response;
  });
  const answered = network.catch(async (error: unknown) => {
    const copy = await savedCopy();
    if (copy) return copy;
    throw error;
  });
  waitUntil(answered.catch(() => undefined));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<Response | undefined>((resolve) => {
    timer = setTimeout(() => {
      slowSince ??= Date.now();
      void savedCopy().then(resolve);
    }, networkTimeout());
  });
  try {
    // No saved copy when the time is up: keep waiting for the server.
    return (await Promise.race([answered, timedOut])) ?? (await answered);
  } finally {
    clearTimeout(timer);
  }
}

async function keep(cache: Cache, key: string, copy: Response, dataFolder: string) {
  const manifest = key.endsWith(`${dataFolder}packs.json`)
    ? packIdsOf(await copy.clone().json())
    : undefined;
  await cache.put(key, copy);
  if (!manifest) return;
  for (const request of await cache.keys()) {
    if (!isKept(request.url, dataFolder, manifest)) await cache.delete(request);
  }
}
