import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/support/render-app';

// The first render imports the lazily loaded view; leave room for a busy machine.
const SLOW = { timeout: 5000 };

const status = () =>
  screen.getAllByRole('status').find((s) => /agreements$/.test(s.textContent ?? ''))!;

describe('the Agreements view', () => {
  it('lists every agreement with live facet counts', async () => {
    const { files } = renderApp('/agreements');
    expect(await screen.findByRole('heading', { level: 1, name: 'Agreements' }, SLOW)).toBeTruthy();
    const total = files['agreements.json'].agreements.length;
    expect(status().textContent).toBe(`${total} of ${total} agreements`);
    const types = screen.getByRole('group', { name: 'Type' });
    expect(within(types).getByRole('checkbox', { name: /^MoU \(\d+\)$/ })).toBeTruthy();
    expect(within(screen.getByRole('main')).getByText(/Data as of/)).toBeTruthy();
  });

  it('opens a filtered deep link with the right count, choices checked and a summary in words', async () => {
    renderApp('/agreements?type=mou&from=2024');
    await screen.findByRole('heading', { level: 1, name: 'Agreements' }, SLOW);
    expect(status().textContent).toBe('12 of 57 agreements');
    const mou = screen.getByRole('checkbox', { name: /^MoU \(/ }) as HTMLInputElement;
    expect(mou.checked).toBe(true);
    expect((screen.getByLabelText('From') as HTMLSelectElement).value).toBe('2024');
    expect(screen.getByText('Type: MoU · Dated 2024 or later')).toBeTruthy();
    // The documents of the 2024 and 2025 visit packages name their package.
    expect(screen.getAllByText(/^Part of/).length).toBe(10);
  });

  it('narrows as choices are ticked, writing them to the URL by replacing the entry', async () => {
    const { router } = renderApp('/agreements');
    await screen.findByRole('heading', { level: 1, name: 'Agreements' }, SLOW);
    const before = router.state.historyAction;
    fireEvent.click(screen.getByRole('checkbox', { name: /^Protocol \(/ }));
    expect(router.state.location.search).toBe('?type=protocol');
    expect(router.state.historyAction).toBe('REPLACE');
    expect(before).toBe('POP');
    const protocols = Number(status().textContent!.split(' ')[0]);
    expect(protocols).toBeGreaterThan(0);
    const label = screen.getByRole('checkbox', { name: /^Protocol \(/ }).closest('label')!;
    expect(label.textContent).toContain(String(protocols));
  });

  it('keeps both of two quick clicks, each shown checked at once', async () => {
    const { router } = renderApp('/agreements');
    await screen.findByRole('heading', { level: 1, name: 'Agreements' }, SLOW);
    const mou = screen.getByRole('checkbox', { name: /^MoU \(/ }) as HTMLInputElement;
    fireEvent.click(mou);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Protocol \(/ }));
    expect(mou.checked).toBe(true);
    await waitFor(() => expect(router.state.location.search).toBe('?type=mou,protocol'));
    expect(
      (screen.getByRole('checkbox', { name: /^Protocol \(/ }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('searches case- and accent-insensitively and keeps a typed space', async () => {
    const { router } = renderApp('/agreements');
    await screen.findByRole('heading', { level: 1, name: 'Agreements' }, SLOW);
    const box = screen.getByRole('searchbox', { name: 'Search agreements' }) as HTMLInputElement;
    act(() => box.focus());
    fireEvent.change(box, { target: { value: 'COMMUNIQUE ' } });
    expect(box.value).toBe('COMMUNIQUE ');
    expect(router.state.location.search).toBe('?q=COMMUNIQUE');
    expect(status().textContent).toBe('1 of 57 agreements');
    expect(screen.getByRole('link', { name: /Joint communiqué establishing/i })).toBeTruthy();
  });

  it('shows an empty state that clears the filters', async () => {
    const { router } = renderApp('/agreements?q=atlantis&sort=title');
    await screen.findByRole('heading', { level: 1, name: 'Agreements' }, SLOW);
    expect(status().textContent).toBe('0 of 57 agreements');
    expect(screen.getByText(/No agreement matches this filter/)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' }).at(-1)!);
    expect(router.state.location.search).toBe('?sort=title');
    expect(status().textContent).toBe('57 of 57 agreements');
  });

  it('ignores unknown values in the URL', async () => {
    renderApp('/agreements?type=alliance&from=soon&sort=best&party=zz');
    await screen.findByRole('heading', { level: 1, name: 'Agreements' }, SLOW);
    expect(status().textContent).toBe('57 of 57 agreements');
  });

  it('sorts by title and carries the selection in each record link', async () => {
    renderApp('/agreements?sort=title&party=cn');
    await screen.findByRole('heading', { level: 1, name: 'Agreements' }, SLOW);
    // The list's own headings (the filter panel has one too).
    const list = within(document.querySelector<HTMLElement>('ol.agreement-list')!);
    const headings = list.getAllByRole('heading', { level: 2 });
    const titles = headings.map((h) => h.textContent ?? '');
    expect(titles).toEqual(
      [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    const first = within(headings[0]!).getByRole('link');
    expect(first.getAttribute('href')).toMatch(/^\/agreements\/[a-z0-9-]+\?party=cn&sort=title$/);
  });
});
