import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/support/render-app';

const markers = () => [...document.querySelectorAll<SVGGElement>('.map-marker')];

/** The first project the slide lists (jsdom lays nothing out, so only one fits). */
const firstListed = () => document.querySelector('.map-slide__projects li')?.textContent;

async function slideReady() {
  await screen.findByRole('region', { name: /Map of Malaysia/ });
  await waitFor(() => expect(markers().length).toBeGreaterThan(0));
}

describe('the Map as a slide', () => {
  it("follows the Map's filters, with nothing to click, pan or zoom", async () => {
    renderApp('/present/briefing/10/map?sector=automotive');
    await slideReady();
    expect(
      await screen.findByText('5 of 25 projects on the map (1 without a position)'),
    ).toBeTruthy();
    const drawn = new Set(markers().flatMap((m) => m.dataset.projects!.split(' ')));
    expect([...drawn].sort()).toEqual([
      'ahtv',
      'byd-tanjung-malim',
      'chery-assembly',
      'eve-energy-kedah',
      'proton-ev-plant',
    ]);
    // Markers are named images, not buttons; no filters, zoom or table: those are the desk's.
    expect(
      markers().every((m) => m.getAttribute('role') === 'img' && !m.hasAttribute('tabindex')),
    ).toBe(true);
    expect(screen.getAllByRole('img', { name: /Tanjung Malim/ }).length).toBeGreaterThan(0);
    const slide = document.querySelector('.slide-frame')!;
    for (const role of ['checkbox', 'searchbox', 'table'] as const)
      expect(within(slide as HTMLElement).queryByRole(role)).toBeNull();
    expect(within(slide as HTMLElement).queryByRole('button', { name: /Zoom/ })).toBeNull();
    // Both frames, the key in words, and the projects by name and place.
    expect(screen.getByRole('region', { name: /Inset map of Guangxi/ })).toBeTruthy();
    const key = screen.getByRole('list', { name: 'Key' });
    expect(key.textContent).toMatch(/Hollow rings: every position is approximate/);
    expect(key.textContent).toMatch(/Number: several projects close together/);
    expect(firstListed()).toMatch(/^Automotive Hi-Tech Valley .* · Tanjung Malim, Perak$/);
  });

  it('outlines the selected project and names it in the key', async () => {
    renderApp('/present/briefing/10/map?sector=automotive&project=eve-energy-kedah');
    await slideReady();
    const selected = markers().filter((m) => m.classList.contains('map-marker--selected'));
    expect(selected.map((m) => m.dataset.projects)).toEqual(['eve-energy-kedah']);
    expect(screen.getByRole('list', { name: 'Key' }).textContent).toMatch(
      /Thick outline: EVE Energy/,
    );
    // It heads the list of projects, as the one being talked about.
    expect(firstListed()).toBe('EVE Energy battery plant, Kedah · Kulim (Padang Meha), Kedah');
  });
});
