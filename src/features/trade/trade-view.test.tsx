import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/money';
import { renderApp } from '../../../tests/support/render-app';

describe('the trade view', () => {
  it('draws one chart per basis, each described with its figures and gaps', async () => {
    renderApp('/trade');
    // The first chart of a run waits for recharts to be imported.
    const myr = await screen.findByRole(
      'img',
      { name: /figures reported by Malaysia \(MYR\)/ },
      { timeout: 12000 },
    );
    const usd = await screen.findByRole(
      'img',
      { name: /other-basis figures, by year \(USD\)/ },
      { timeout: 12000 },
    );
    expect(myr.getAttribute('aria-label')).toContain('2017 MYR\u00a0212.94bn (Jan–Sep only)');
    expect(myr.getAttribute('aria-label')).toContain('no figure for 2013–2015, 2021');
    // Never a dollar figure on the ringgit chart, nor the other way round.
    expect(myr.getAttribute('aria-label')).not.toContain('$');
    expect(usd.getAttribute('aria-label')).not.toContain('MYR');
    // Each panel says, above its chart, how its basis compares with the other.
    expect(screen.getAllByText(/roughly double/, { selector: '.trade-basis' })).toHaveLength(2);
  }, 20000);

  it('tables every point of every series with its marks, notes and sources', async () => {
    const { files } = renderApp('/trade?table=trade-my-myr,trade-other-usd');
    for (const series of files['trade.json'].series) {
      const table = await screen.findByRole('table', {
        name: new RegExp(`^${series.title} \\(${series.currency}\\)`),
      });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(series.points.length);
      series.points.forEach((point, i) => {
        const [figure, notes] = [...rows[i]!.querySelectorAll('td')];
        expect(rows[i]!.querySelector('th')!.textContent).toMatch(new RegExp(`^${point.year}`));
        expect(figure!.textContent).toContain(
          formatMoney({ amount: point.value, currency: series.currency }, 'en-GB'),
        );
        if (point.months) expect(rows[i]!.textContent).toMatch(/Jan–\w{3} only/);
        if (point.conflict) expect(notes!.textContent).toContain('Sources disagree');
        if (point.approximate) expect(figure!.textContent).toContain('about');
        const urls = new Set(point.sources.map((s) => s.url));
        expect(within(notes!).getAllByRole('link')).toHaveLength(urls.size);
      });
    }
    expect(screen.getByText('No figure for 2013–2015, 2021.')).toBeTruthy();
  });

  it('lists the other indicators by topic, each with its sources', async () => {
    const { files } = renderApp('/trade');
    const { indicators } = files['trade.json'];
    expect(
      await screen.findByRole('heading', { name: `Other sourced figures (${indicators.length})` }),
    ).toBeTruthy();
    const investment = indicators.filter((i) => i.topic === 'investment');
    const group = screen.getByRole('region', { name: 'Investment' });
    expect(within(group).getByRole('heading', { name: `Investment (${investment.length})` }));
    expect(within(group).getAllByRole('listitem')).toHaveLength(investment.length);
    expect(within(group).getAllByText('Sources disagree').length).toBe(
      investment.filter((i) => i.conflict).length,
    );
  });
});
