import { fireEvent, render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/ui/error-boundary';
import { lazyWithRetry } from '../../src/components/ui/lazy-with-retry';

function View({ name }: { name: string }) {
  return <h1>{name}</h1>;
}

describe('lazyWithRetry', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('loads the code again after a failed load, when the boundary retries', async () => {
    let calls = 0;
    const Lazy = lazyWithRetry(async () => {
      calls++;
      if (calls === 1) throw new Error('Failed to fetch dynamically imported module');
      return { default: View };
    });
    render(
      <ErrorBoundary
        fallback={(_error, retry) => (
          <button type="button" onClick={retry}>
            Retry
          </button>
        )}
      >
        <Suspense fallback={<p>Loading</p>}>
          <Lazy name="Timeline" />
        </Suspense>
      </ErrorBoundary>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect((await screen.findByRole('heading')).textContent).toBe('Timeline');
    expect(calls).toBe(2);
  });

  it('asks for code that keeps failing once per Retry, never in a loop', async () => {
    let calls = 0;
    const Lazy = lazyWithRetry<ComponentType>(async () => {
      calls++;
      throw new Error('Failed to fetch dynamically imported module');
    });
    render(
      <ErrorBoundary
        fallback={(_error, retry) => (
          <button type="button" onClick={retry}>
            Retry
          </button>
        )}
      >
        <Suspense fallback={<p>Loading</p>}>
          <Lazy />
        </Suspense>
      </ErrorBoundary>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    await screen.findByRole('button', { name: 'Retry' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toBe(2);
  });

  it('loads once when the first load succeeds', async () => {
    const load = vi.fn(async () => ({ default: View }));
    const Lazy = lazyWithRetry(load);
    const { rerender } = render(
      <Suspense fallback={null}>
        <Lazy name="A" />
      </Suspense>,
    );
    await screen.findByRole('heading', { name: 'A' });
    rerender(
      <Suspense fallback={null}>
        <Lazy name="B" />
      </Suspense>,
    );
    await screen.findByRole('heading', { name: 'B' });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
