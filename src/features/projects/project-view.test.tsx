import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/support/render-app';

describe('the project page', () => {
  it('shows its place in the selection with previous and next links that keep it', async () => {
    const { router } = renderApp('/projects/proton-ev-plant?sector=automotive&status=operational');
    const nav = await screen.findByRole('navigation', { name: 'Your selection' });
    expect(within(nav).getByText('3 of 4 in your selection')).toBeTruthy();
    const previous = within(nav).getByRole('link', { name: /Previous: EVE Energy battery plant/ });
    const next = within(nav).getByRole('link', { name: /Next: Proton–Geely partnership/ });
    expect(previous.getAttribute('href')).toBe(
      '/projects/eve-energy-kedah?sector=automotive&status=operational',
    );
    expect(within(nav).getByRole('link', { name: 'Back to the list' }).getAttribute('href')).toBe(
      '/projects?sector=automotive&status=operational',
    );
    await userEvent.click(next);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Proton–Geely partnership' }),
    ).toBeTruthy();
    expect(router.state.location.search).toBe('?sector=automotive&status=operational');
    expect(screen.getByText('4 of 4 in your selection')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Next:/ })).toBeNull();
  });

  it('counts among all projects without a filter, and says when it is outside the selection', async () => {
    renderApp('/projects/ahtv');
    expect(await screen.findByText('1 of 25 projects')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Previous:/ })).toBeNull();
    screen.getByRole('link', { name: /Next:/ });
  });

  it('says when the project is not in the selection', async () => {
    renderApp('/projects/ecrl?sector=automotive');
    expect(await screen.findByText('Not in your selection of 6 projects')).toBeTruthy();
  });

  it('shows every field, the value table, milestones on a track and the "as of" date', async () => {
    renderApp('/projects/ecrl');
    expect(
      await screen.findByRole('heading', { level: 1, name: /East Coast Rail Link/ }),
    ).toBeTruthy();
    expect(screen.getByText('Start', { selector: 'dt' }).nextElementSibling!.textContent).toBe(
      '1 Nov 2016',
    );
    expect(screen.getByText('End', { selector: 'dt' }).nextElementSibling!.textContent).toBe(
      'Jan 2028',
    );
    expect(screen.getByText(/Kota Bharu, Kelantan, Malaysia/)).toBeTruthy();
    expect(screen.getByRole('table', { name: /Value: the main figure and 5 other/ })).toBeTruthy();
    const milestones = screen.getByRole('heading', { name: 'Milestones' }).parentElement!;
    const items = within(milestones).getAllByRole('listitem');
    expect(items).toHaveLength(17);
    expect(items[6]!.textContent).toContain('2021');
    expect(items[6]!.querySelector('.milestone-track__mark--year')).toBeTruthy();
    expect(items[16]!.textContent).toContain('(planned)');
    expect(screen.getByRole('heading', { name: /All sources/ })).toBeTruthy();
    expect(
      screen.getAllByText(/Data as of/).some((p) => p.textContent?.includes('28 Nov 2026')),
    ).toBe(true);
  });
});
