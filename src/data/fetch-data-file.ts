import { recordFreshness } from './data-freshness';
import { fileTooLarge, MAX_FILE_BYTES } from './json-limits';
import { DataLoadError } from './load-error';
import type { Problem } from './problems';
import { readCapped } from './read-capped';

const TIMEOUT_MS = 15_000;

/**
 * Fetches a JSON file of the data folder, relative to the page, so the app works from any
 * sub-folder. Reads bytes rather than text so that a byte-order mark or UTF-16 file is reported
 * instead of being silently accepted by the browser's decoder.
 */
export async function fetchDataFile(
  path: string,
  label: string,
  signal?: AbortSignal,
): Promise<unknown> {
  const started = performance.now();
  // The decoder (byte-order marks, encodings, limits, error positions) loads beside the request
  // rather than with the first view; it is ready long before the bytes are. Handled here too, so
  // a request that fails first leaves no unhandled rejection behind.
  const decoder = import('./decode-json');
  decoder.catch(() => undefined);
  // A timer rather than AbortSignal.timeout: the same behaviour, and a test's fake clock
  // (Playwright's page.clock) can run it forward instead of waiting 15 s per attempt.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await fetch(`./data/${path}`, { signal: combined, cache: 'no-cache' });
    if (!response.ok) throw httpError(path, label, response);
    // A declared size is checked before any byte is read. It may be the compressed size, so the
    // body is capped as it streams too. Neither is retried: the file itself has to change.
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > MAX_FILE_BYTES) {
      void response.body?.cancel().catch(() => undefined);
      throw new DataLoadError(label, 'invalid', [fileTooLarge(label, declared)]);
    }
    // The timeout also covers the body: a server that stalls mid-file is not waited for forever.
    const read = await readCapped(response, MAX_FILE_BYTES);
    if (!read) throw new DataLoadError(label, 'invalid', [fileTooLarge(label)]);
    bytes = read;
    recordFreshness(path, response.headers);
  } catch (error) {
    if (error instanceof DataLoadError) throw error;
    throw new DataLoadError(label, 'network', [
      {
        file: label,
        path: [],
        message: timeout.signal.aborted
          ? `could not be loaded: no complete answer within ${TIMEOUT_MS / 1000} s`
          : 'could not be loaded: the network request failed or was cut off',
        expected: 'a reachable server; check the connection and retry',
      },
    ]);
  } finally {
    clearTimeout(timer);
  }
  const decoded = (await decoder).decodeJson(label, bytes);
  // Read by `npm run bench`: how long fetching and decoding each file took.
  performance.measure(`jambatan:fetch+decode ${label}`, { start: started, end: performance.now() });
  if (!decoded.ok) throw new DataLoadError(label, 'invalid', decoded.problems);
  return decoded.value;
}

/** A 404 is worded as data:check words a missing file; other statuses name the answer. */
function httpError(path: string, label: string, response: Response): DataLoadError {
  const answer = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const problem: Problem =
    response.status === 404
      ? {
          file: label,
          path: [],
          message: `file is missing: the server answered ${answer}`,
          expected: `a file at data/${path}`,
        }
      : {
          file: label,
          path: [],
          message: `could not be loaded: the server answered ${answer}`,
          expected: 'a successful response; check the server and retry',
        };
  return new DataLoadError(label, 'http', [problem], response.status);
}
