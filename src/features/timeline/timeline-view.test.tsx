import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/support/render-app';

const listItems = async () => {
  const list = await screen.findByRole(
    'heading',
    { level: 2, name: /^In date order/ },
    { timeout: 5000 },
  );
  return within(list.closest('section')!).getAllByRole('listitem');
};

// Each test renders the whole app with some 400 links (axis and list): generous time in jsdom.
describe('the timeline view', { timeout: 20_000 }, () => {
  it('shows events, agreements and milestones on one axis and in one list', async () => {
    const { files } = renderApp('/timeline');
    const total =
      files['events.json'].events.length +
      files['agreements.json'].agreements.length +
      files['projects.json'].projects.flatMap((p) => p.milestones).length;
    // The first render also loads the view's lazy chunk, so give it time.
    expect(
      await screen.findByText(
        new RegExp(`^Showing ${total} of ${total} items`),
        {},
        { timeout: 15_000 },
      ),
    ).toBeTruthy();
    expect(await listItems()).toHaveLength(total);
    const axis = screen.getByRole('group', { name: /^Timeline of \d+ items/ });
    expect(within(axis).getAllByRole('link')).toHaveLength(total);
    // One tab stop: exactly one item is in the tab order.
    const tabbable = within(axis)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
  });

  it('opens a deep link with its filters: only agreements from 2024 on, in date order', async () => {
    const { files } = renderApp('/timeline?kind=agreement&from=2024');
    const expected = files['agreements.json'].agreements.filter((a) => a.date >= '2024');
    const items = await listItems();
    expect(items).toHaveLength(expected.length);
    expect(items.every((li) => li.textContent!.includes('Agreement'))).toBe(true);
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect([...dates].sort()).toEqual(dates);
    expect(screen.getByRole('heading', { level: 2, name: 'Time axis, 2024–2028' })).toBeTruthy();
    const agreementsBox = screen.getByRole('checkbox', { name: /Agreements/ }) as HTMLInputElement;
    expect(agreementsBox.checked).toBe(true);
    expect((screen.getByLabelText('From') as HTMLSelectElement).value).toBe('2024');
  });

  it('keeps date precision in the list and names items with date and kind', async () => {
    renderApp('/timeline?from=2013&to=2013');
    const items = await listItems();
    const programme = items.find((li) => li.textContent!.includes('First Five-Year Programme'))!;
    expect(programme.querySelector('time')!.textContent).toBe('2013 (year only)');
    expect(
      screen.getByRole('link', {
        name: /^2013 \(year only\), agreement: First Five-Year Programme/,
      }),
    ).toBeTruthy();
  });

  it('moves through items with the arrow keys, Home and End', async () => {
    renderApp('/timeline?from=2019&to=2019');
    const axis = await screen.findByRole('group', { name: /^Timeline of \d+ items, 2019$/ });
    const first = within(axis)
      .getAllByRole('link')
      .find((a) => a.getAttribute('tabindex') === '0')!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const second = document.activeElement as HTMLElement;
    expect(second).not.toBe(first);
    expect(second.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('tabindex')).toBe('-1');
    fireEvent.keyDown(second, { key: 'End' });
    expect(document.activeElement!.getAttribute('aria-label')).toMatch(/^(\d+ )?Dec 2019/);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(first);
  });

  it('shows an event’s details from the URL, with its sources', async () => {
    renderApp('/timeline?item=event:ecrl-revived-2019');
    const panel = (
      await screen.findByRole('heading', { level: 2, name: 'ECRL revived at lower cost' })
    ).closest('section')!;
    expect(within(panel).getByRole('heading', { level: 3, name: /^Sources \(\d+\)/ })).toBeTruthy();
    expect(within(panel).getByText('12 Apr 2019')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('button', { name: 'Close details' })).toBeNull();
  });

  it('ignores an unknown item and unknown filter values', async () => {
    renderApp('/timeline?item=event:atlantis&kind=dragon&sector=moon&from=abc');
    expect(await screen.findByText(/^Showing (\d+) of \1 items/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Close details' })).toBeNull();
  });

  it('keeps events and agreements when projects.json cannot be loaded', async () => {
    const { files } = renderApp('/timeline', { skip: ['projects.json'] });
    expect(
      await screen.findByText(/^Project milestones could not be loaded/, {}, { timeout: 12000 }),
    ).toBeTruthy();
    const total = files['events.json'].events.length + files['agreements.json'].agreements.length;
    expect(screen.getByText(new RegExp(`^Showing ${total} of ${total} items`))).toBeTruthy();
    expect(await listItems()).toHaveLength(total);
  });
});
