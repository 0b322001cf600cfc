import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/support/render-app';

// The first render imports the lazily loaded view; leave room for a busy machine.
const SLOW = { timeout: 5000 };

describe('the agreement page', () => {
  it('shows every field, with the value and its alternatives and all sources', async () => {
    renderApp('/agreements/ecrl-supplementary-agreement-2019');
    expect(await screen.findByRole('heading', { level: 1 }, SLOW)).toBeTruthy();
    expect(screen.getByText('Contract')).toBeTruthy();
    expect(screen.getByText(/Malaysia Rail Link \(MRL\) \(Malaysia\)/)).toBeTruthy();
    expect(screen.getByRole('table', { name: /Value/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Details and disagreements' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Sources/ })).toBeTruthy();
    expect(within(screen.getByRole('main')).getByText(/Data as of/)).toBeTruthy();
  });

  it('links to its projects and sectors, and lists the events that name it', async () => {
    renderApp('/agreements/ecrl-supplementary-agreement-2019?pack=malaysia-china');
    const projects = await screen.findByRole('heading', { name: 'Projects and sectors' }, SLOW);
    const section = projects.closest('section')!;
    expect(
      within(section)
        .getByRole('link', { name: /East Coast Rail Link/ })
        .getAttribute('href'),
    ).toBe('/projects/ecrl?pack=malaysia-china');
    expect(within(section).getByRole('link', { name: /Transport/ })).toBeTruthy();
    const events = screen.getByRole('heading', { name: /^Events/ }).closest('section')!;
    expect(within(events).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('says a year-only date is only a year', async () => {
    renderApp('/agreements/birds-nest-protocol-2012');
    expect(await screen.findByText('(only the year is known)', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('Replaced')).toBeTruthy();
  });

  it('steps through the selection it came from', async () => {
    renderApp('/agreements/durian-protocol-2024?type=mou,protocol&from=2024');
    const nav = await screen.findByRole(
      'navigation',
      { name: 'Agreements in your selection' },
      SLOW,
    );
    expect(within(nav).getByText(/^\d+ of \d+ in your selection$/)).toBeTruthy();
    const previous = within(nav).getByRole('link', { name: /Previous/ });
    expect(previous.getAttribute('href')).toMatch(/\?type=mou,protocol&from=2024$/);
    expect(within(nav).getByRole('link', { name: 'Back to the list' }).getAttribute('href')).toBe(
      '/agreements?type=mou,protocol&from=2024',
    );
  });

  it('names the package a document belongs to, and a package lists its documents', async () => {
    renderApp('/agreements/durian-protocol-2024');
    const heading = await screen.findByRole('heading', { name: /Part of a package/ }, SLOW);
    expect(within(heading.closest('section')!).getAllByRole('link').length).toBe(11);
  });

  it('keeps the page when events.json cannot be loaded', async () => {
    renderApp('/agreements/lms-contract-2017', { skip: ['events.json'] });
    expect(await screen.findByRole('heading', { level: 1 }, SLOW)).toBeTruthy();
    expect(
      await screen.findByText(/events\.json could not be loaded/, {}, { timeout: 8000 }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Sources/ })).toBeTruthy();
  }, 15000);

  it('says "not found" for an unknown agreement', async () => {
    renderApp('/agreements/atlantis');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' }, SLOW)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All agreements' })).toBeTruthy();
  });
});
