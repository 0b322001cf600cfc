// @vitest-environment node
import type { QueryFunctionContext } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLOW_TEST_TIMEOUT } from '../../tests/support/timeouts';
import { DataLoadError } from './load-error';
import { packFileQuery, shouldRetry } from './pack-queries';
import { formatProblem } from './problems';

afterEach(() => vi.unstubAllGlobals());

describe('shouldRetry', () => {
  it('tries a network failure again, not a broken file', () => {
    const network = new DataLoadError('f', 'network', []);
    expect(shouldRetry(0, network)).toBe(true);
    expect(shouldRetry(3, network)).toBe(false);
    expect(shouldRetry(0, new DataLoadError('f', 'invalid', []))).toBe(false);
  });

  it('does not try an engine limit again, which the same file would hit again', () => {
    expect(shouldRetry(0, new RangeError('Maximum call stack size exceeded'))).toBe(false);
    // A code chunk that failed to load may load next time.
    expect(shouldRetry(0, new TypeError('Failed to fetch dynamically imported module'))).toBe(true);
  });
});

describe('packFileQuery', () => {
  it(
    'reports 150,000 broken records as too many problems, a broken file not retried',
    async () => {
      const projects = Array.from({ length: 150_000 }, (_, i) => ({ id: `p${i}`, status: 'done' }));
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => new Response(JSON.stringify({ projects }))),
      );
      const query = packFileQuery('p', 'projects.json');
      const context = { queryKey: query.queryKey, signal: new AbortController().signal };
      const error: unknown = await Promise.resolve()
        .then(() => query.queryFn!(context as QueryFunctionContext<never>))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataLoadError);
      const failure = error as DataLoadError;
      expect(failure.kind).toBe('invalid');
      expect(shouldRetry(0, failure)).toBe(false);
      expect(failure.problems.map(formatProblem).at(-1)).toBe(
        'p/projects.json › $: too many problems to check the whole file (fix the first ones, listed above, then check again)',
      );
    },
    SLOW_TEST_TIMEOUT,
  );
});
