import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/support/render-app';

describe('a sector page', () => {
  it('lists the projects, agreements and facts of the sector', async () => {
    const { files } = renderApp('/sectors/automotive');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Automotive, electric vehicles and batteries',
      }),
    ).toBeTruthy();
    const projects = files['projects.json'].projects.filter((p) =>
      p.sectors.includes('automotive'),
    );
    const agreements = files['agreements.json'].agreements.filter((a) =>
      a.sectors.includes('automotive'),
    );
    const projectSection = screen
      .getByRole('heading', { name: `Projects (${projects.length})` })
      .closest('section')!;
    expect(within(projectSection).getAllByRole('listitem')).toHaveLength(projects.length);
    expect(within(projectSection).getByText(/Under construction/)).toBeTruthy();
    const agreementSection = screen
      .getByRole('heading', { name: `Agreements (${agreements.length})` })
      .closest('section')!;
    expect(within(agreementSection).getAllByRole('link')).toHaveLength(agreements.length);
    expect(screen.getByRole('heading', { name: 'Sourced facts (3)' })).toBeTruthy();
    expect(document.querySelector('.view-header__asof')?.textContent).toBe(
      'Data as of 28 Nov 2026',
    );
    expect(projectSection.textContent).toContain('MYR\u00a032.17bn (2 projects)');
  });

  it('keeps projects and facts when agreements.json cannot be loaded', async () => {
    renderApp('/sectors/automotive', { skip: ['agreements.json'] });
    expect(await screen.findByRole('heading', { name: 'Projects (6)' })).toBeTruthy();
    expect(
      await screen.findByText(/agreements\.json could not be loaded/, {}, { timeout: 8000 }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sourced facts (3)' })).toBeTruthy();
  }, 15000);

  it('says "not found" for an unknown sector', async () => {
    renderApp('/sectors/atlantis');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All sectors' })).toBeTruthy();
  });
});
