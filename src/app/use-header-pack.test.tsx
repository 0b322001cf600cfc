import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/support/render-app';

describe('the header with pack= naming a pack the manifest does not list', () => {
  it('shows no pack’s title while the view says the pack does not exist', async () => {
    renderApp('/overview?pack=atlantis');
    expect(
      await screen.findByRole('heading', { name: 'There is no pack "atlantis" in packs.json' }),
    ).toBeTruthy();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Pack not loaded')).toBeTruthy();
    expect(banner.textContent).not.toMatch(/Malaysia/);
    expect(screen.getByRole('contentinfo').textContent).not.toMatch(/Malaysia/);
  });

  it('shows the pack’s title for a pack the manifest lists', async () => {
    renderApp('/overview?pack=malaysia-china');
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Malaysia–China relations')).toBeTruthy();
  });
});
