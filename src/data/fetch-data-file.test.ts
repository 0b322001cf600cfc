// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataFile } from './fetch-data-file';
import { MAX_FILE_BYTES } from './json-limits';
import { DataLoadError } from './load-error';
import { formatProblem } from './problems';
import { shouldRetry } from './pack-queries';

const MIB = 1024 * 1024;

/** A 200 MiB body, one MiB at a time, counting what was read and whether it was cancelled. */
function hugeBody() {
  const chunk = new Uint8Array(MIB).fill(0x20);
  const seen = { chunks: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.chunks++ < 200) controller.enqueue(chunk);
      else controller.close();
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

function serve(response: Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => response),
  );
}

async function failure(): Promise<DataLoadError> {
  const error: unknown = await fetchDataFile('p/projects.json', 'p/projects.json').catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataLoadError);
  return error as DataLoadError;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchDataFile and the file size limit', () => {
  it('stops reading a body once it passes the limit, and says so without retrying', async () => {
    const { body, seen } = hugeBody();
    serve(new Response(body));
    const error = await failure();
    expect(error.problems.map(formatProblem)).toEqual([
      'p/projects.json › $: the file is too large: more than 128 MiB, reading stopped there (at most 128 MiB per file; split the pack into smaller packs)',
    ]);
    expect(seen.cancelled).toBe(true);
    // The stream's small read-ahead aside, nothing past the limit was read.
    expect(seen.chunks).toBeLessThan(MAX_FILE_BYTES / MIB + 4);
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    const { body, seen } = hugeBody();
    serve(new Response(body, { headers: { 'content-length': String(150_000_000) } }));
    const error = await failure();
    expect(error.problems.map(formatProblem)).toEqual([
      'p/projects.json › $: the file is too large: 143.1 MiB (at most 128 MiB per file; split the pack into smaller packs)',
    ]);
    expect(seen.chunks).toBeLessThanOrEqual(1);
    expect(error.retryable).toBe(false);
  });

  it('reads a body of several chunks under the limit', async () => {
    const text = JSON.stringify({ decks: [] });
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 5));
        controller.enqueue(bytes.subarray(5));
        controller.close();
      },
    });
    serve(new Response(body));
    await expect(fetchDataFile('p/decks.json', 'p/decks.json')).resolves.toEqual({ decks: [] });
  });
});
