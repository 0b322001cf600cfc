import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '@/i18n/i18n';
import { renderApp } from '../../tests/support/render-app';

describe('the dashboard shell', () => {
  it('shows the pack title, its "as of" date and the navigation around a view', async () => {
    renderApp('/projects');
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Malaysia–China relations')).toBeTruthy();
    expect(within(banner).getByText(/Data as of/).textContent).toContain('28 Nov 2026');
    const nav = screen.getByRole('navigation', { name: 'Views' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Overview',
      'Projects',
      'Agreements',
      'Timeline',
      'Sectors',
      'Trade',
      'Map',
      'Present',
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Projects' })).toBeTruthy();
  });

  it('lists every project as a card with its sources counted', async () => {
    const { files } = renderApp('/projects');
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(files['projects.json'].projects.length);
    const ecrl = cards.find((card) =>
      within(card).queryByRole('heading', { name: /East Coast Rail Link/ }),
    );
    expect(ecrl).toBeTruthy();
    expect(within(ecrl!).getByText('Under construction')).toBeTruthy();
    expect(within(ecrl!).getByText('Disputed')).toBeTruthy();
  });

  it('shows a project with its value and every alternative side by side', async () => {
    renderApp('/projects/ecrl');
    const table = await screen.findByRole('table', {
      name: /Value: the main figure and 5 other figures/,
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(7);
    expect(rows[1]!.textContent).toContain('Main figure');
    // English numbers are British English ones: billions as "bn".
    expect(rows[1]!.textContent).toContain('MYR\u00a050.27bn');
  });

  it('keeps the shell and says which file is missing when a view cannot load its data', async () => {
    renderApp('/overview', { skip: ['projects.json'] });
    // Without a seeded projects.json the view would fetch it; jsdom has no server, so it fails.
    expect(await screen.findByRole('navigation', { name: 'Views' })).toBeTruthy();
    // Each overview block that reads projects.json says so in its own place.
    expect(
      await screen.findAllByText(
        /malaysia-china\/projects\.json could not be loaded/,
        {},
        { timeout: 8000 },
      ),
    ).not.toHaveLength(0);
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Agreements/ })).toBeTruthy();
  }, 15000);

  it('says "not found" for an unknown project instead of failing', async () => {
    renderApp('/projects/atlantis');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeTruthy();
    expect(screen.getByText(/no project "atlantis"/)).toBeTruthy();
  });
});

describe('the dashboard shell in another language', () => {
  afterEach(() => switchLanguage('en'));

  it('shows its words, dates and the pack title in Chinese with lang=zh', async () => {
    renderApp('/projects/atlantis?lang=zh');
    const nav = await screen.findByRole('navigation', { name: '视图' });
    expect(within(nav).getByRole('link', { name: '项目' })).toBeTruthy();
    const banner = screen.getByRole('banner');
    expect((await within(banner).findByText(/数据截至/)).textContent).toContain('2026年11月28日');
    expect(await screen.findByRole('heading', { level: 1, name: '未找到' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '跳到正文' })).toBeTruthy();
  });
});
