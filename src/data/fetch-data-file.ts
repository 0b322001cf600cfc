import { decodeJson } from './decode-json';
import { DataLoadError } from './load-error';

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
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await fetch(`./data/${path}`, { signal: combined, cache: 'no-cache' });
    if (!response.ok) {
      throw new DataLoadError(
        label,
        'http',
        [
          {
            file: label,
            path: [],
            message: `could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
            expected: response.status === 404 ? `a file at data/${path}` : 'a successful response',
          },
        ],
        response.status,
      );
    }
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof DataLoadError) throw error;
    const timedOut = timeout.aborted;
    throw new DataLoadError(label, 'network', [
      {
        file: label,
        path: [],
        message: timedOut
          ? `could not be loaded: no complete answer within ${TIMEOUT_MS / 1000} s`
          : 'could not be loaded: the network request failed',
        expected: 'a reachable server; check the connection and retry',
      },
    ]);
  }
  const decoded = decodeJson(label, bytes);
  // Read by `npm run bench`: how long fetching and decoding each file took.
  performance.measure(`jambatan:fetch+decode ${label}`, { start: started, end: performance.now() });
  if (!decoded.ok) throw new DataLoadError(label, 'invalid', decoded.problems);
  return decoded.value;
}
