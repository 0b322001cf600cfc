import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/money';
import { textOf } from '@/lib/text';
import { renderApp } from '../../../tests/support/render-app';

describe('the sectors view', () => {
  it('draws projects per sector as an image described with every count', async () => {
    renderApp('/sectors');
    const chart = await screen.findByRole(
      'img',
      { name: /^Bar chart: projects per sector;/ },
      { timeout: 12000 },
    );
    expect(chart.getAttribute('aria-label')).toContain(
      'Automotive, electric vehicles and batteries 6',
    );
    expect(
      await screen.findByRole('img', { name: /stated value .* in MYR/ }, { timeout: 12000 }),
    ).toBeTruthy();
    expect(screen.getByRole('img', { name: /stated value .* in USD/ })).toBeTruthy();
  }, 30000);

  it('tables the same counts as the data, every sector included', async () => {
    const { files } = renderApp('/sectors?table=sector-projects');
    const table = await screen.findByRole('table', { name: /Projects per sector/ });
    const { sectors } = files['sectors.json'];
    const { projects } = files['projects.json'];
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(sectors.length);
    for (const sector of sectors) {
      const row = rows.find((r) => r.querySelector('th')?.textContent === textOf(sector.name));
      const cells = [...row!.querySelectorAll('td')].map((td) => td.textContent);
      const inSector = projects.filter((p) => p.sectors.includes(sector.id));
      expect(cells).toEqual([
        String(inSector.length),
        String(inSector.filter((p) => p.parent).length),
        String(sector.facts.length),
      ]);
    }
  });

  it('sums value per sector in one currency only, leaving out sub-projects', async () => {
    const { files } = renderApp('/sectors?table=sector-value-myr,sector-value-usd');
    const { projects } = files['projects.json'];
    for (const currency of ['MYR', 'USD']) {
      const table = await screen.findByRole('table', {
        name: `Stated value per sector, in ${currency}`,
      });
      for (const row of within(table).getAllByRole('row').slice(1)) {
        const name = row.querySelector('th')!.textContent;
        const sector = files['sectors.json'].sectors.find((s) => textOf(s.name) === name)!;
        const expected = projects
          .filter((p) => !p.parent && p.sectors.includes(sector.id))
          .filter((p) => p.value?.main.currency === currency)
          .reduce((sum, p) => sum + p.value!.main.amount, 0);
        expect(row.querySelector('td')!.textContent).toBe(
          formatMoney({ amount: expected, currency }, 'en-GB'),
        );
      }
    }
    const undisclosed = projects.filter((p) => !p.parent && !p.value).length;
    expect(
      screen.getByText(new RegExp(`${undisclosed} top-level projects have no disclosed value`)),
    ).toBeTruthy();
    expect(screen.getByText(/2 sub-projects left out/)).toBeTruthy();
  });

  it('links every sector to its page', async () => {
    const { files } = renderApp('/sectors');
    const list = await screen.findByRole('heading', { name: /All sectors \(15\)/ });
    const section = list.closest('section')!;
    const links = within(section).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      files['sectors.json'].sectors.map((s) => `/sectors/${s.id}`),
    );
  });
});
