/**
 * Two parts of a page reading the same file: a Retry in one of them must bring back both, not
 * leave the other showing a failure that is over.
 */
import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataBoundary } from '../../src/components/data-boundary/data-boundary';
import { DataLoadError } from '../../src/data/load-error';

const KEY = ['pack', 'test', 'trade.json'];

function Part({ name }: { name: string }) {
  const { data } = useSuspenseQuery({ queryKey: KEY, queryFn: load, retry: false });
  return (
    <p>
      {name}: {data}
    </p>
  );
}

let failing = true;
async function load(): Promise<string> {
  if (!failing) return 'loaded';
  const error = new DataLoadError('test/trade.json', 'http', [
    { file: 'test/trade.json', path: [], message: 'could not be loaded: the server answered 500' },
  ]);
  error.queryKey = KEY;
  throw error;
}

describe('DataBoundary', () => {
  beforeEach(() => {
    failing = true;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('recovers every part showing a failure once its query succeeds', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <section aria-label="first">
          <DataBoundary>
            <Part name="Chart" />
          </DataBoundary>
        </section>
        <section aria-label="second">
          <DataBoundary>
            <Part name="Indicators" />
          </DataBoundary>
        </section>
      </QueryClientProvider>,
    );
    const first = screen.getByRole('region', { name: 'first' });
    await within(first).findByRole('alert');
    expect(await screen.findAllByRole('alert')).toHaveLength(2);
    failing = false;
    fireEvent.click(within(first).getByRole('button', { name: 'Retry' }));
    expect((await screen.findByText('Chart: loaded')).textContent).toBe('Chart: loaded');
    expect((await screen.findByText('Indicators: loaded')).textContent).toBe('Indicators: loaded');
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
  });
});
