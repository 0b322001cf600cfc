import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/support/render-app';

/** A drawn chart: charts are lazily imported and slow to draw in jsdom; allow for a busy machine. */
const findChart = (name: RegExp) => screen.findByRole('img', { name }, { timeout: 12000 });

describe('the overview', () => {
  it('shows headline counts that match the data, each linking into its view', async () => {
    const { files } = renderApp('/overview');
    const counts: [string, number, string][] = [
      ['Projects', files['projects.json'].projects.length, '/projects'],
      ['Agreements', files['agreements.json'].agreements.length, '/agreements'],
      ['Events', files['events.json'].events.length, '/timeline'],
      ['Sectors', files['sectors.json'].sectors.length, '/sectors'],
    ];
    for (const [name, count, href] of counts) {
      const main = screen.getByRole('main');
      const link = await within(main).findByRole('link', { name });
      expect(link.getAttribute('href')).toBe(href);
      const card = link.closest('section')!;
      expect(card.querySelector('.figure-card__number')!.textContent).toBe(String(count));
    }
  });

  it('gives value per currency, never added across currencies', async () => {
    renderApp('/overview');
    const card = (await screen.findByRole('link', { name: 'Stated value by currency' })).closest(
      'section',
    )!;
    const items = within(card)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // English numbers are British English ones: billions as "bn", US dollars as "US$".
    expect(items).toEqual(['MYR\u00a0347.1bn across 12 projects', 'US$138.64bn across 7 projects']);
  });

  it('draws the trade and sector charts with links to their views', async () => {
    renderApp('/overview');
    expect(await findChart(/^Line chart: Total goods trade with China/)).toBeTruthy();
    expect(await findChart(/^Bar chart: projects per sector/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All trade figures, by basis' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All sectors and their value' })).toBeTruthy();
  }, 30000);

  it('tables the compact trade chart with gaps as "no figure", not zero', async () => {
    renderApp('/overview?table=overview-trade');
    const table = await screen.findByRole('table', { name: /Total goods trade with China/ });
    const row = (year: number) =>
      within(table)
        .getAllByRole('row')
        .find((r) => r.querySelector('th')?.textContent?.startsWith(String(year)))!;
    expect(row(2013).textContent).toContain('no figure');
    expect(row(2017).textContent).toContain('Jan–Sep only');
    expect(row(2024).textContent).toContain('MYR\u00a0484.12bn');
  });

  it('keeps the other blocks when trade.json cannot be loaded', async () => {
    renderApp('/overview', { skip: ['trade.json'] });
    expect(
      await screen.findByText(/trade\.json could not be loaded/, {}, { timeout: 8000 }),
    ).toBeTruthy();
    expect(await findChart(/^Bar chart: projects per sector/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Latest events' })).toBeTruthy();
  }, 30000);
});
