import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '@/i18n/i18n';
import type { ProjectRecord } from '@/data/schema';
import { NO_FILTERS } from '@/filters/projects/project-filters';
import { toProjectResults } from '@/filters/projects/to-project-results';
import { renderApp } from '../../../tests/support/render-app';

const count = () => screen.findByText(/^[\d,]+ of [\d,]+ projects on the map/);
const markers = () => document.querySelectorAll<SVGGElement>('.map-marker');
/** Places drawn: every marker says how many places it stands for. */
const placesDrawn = () => [...markers()].reduce((n, m) => n + Number(m.dataset.places), 0);
const locatedPlaces = (projects: readonly ProjectRecord[]) =>
  projects.flatMap((p) => p.places.filter((place) => place.coordinates)).length;

async function mapReady() {
  await screen.findByRole('region', { name: /Map of Malaysia/ });
  await waitFor(() => expect(markers().length).toBeGreaterThan(0));
}

describe('the Map view', () => {
  it('draws a marker for every located place of the real pack', async () => {
    const { files } = renderApp('/map');
    await mapReady();
    expect((await count()).textContent).toBe('17 of 25 projects on the map (8 without a position)');
    expect(placesDrawn()).toBe(locatedPlaces(files['projects.json'].projects));
    // Qinzhou is in the inset, not squeezed into the main frame.
    const inset = screen.getByRole('region', { name: /Inset map of Guangxi/ });
    expect(within(inset).getByRole('button', { name: /Qinzhou/ })).toBeTruthy();
    expect(screen.getByText(/Natural Earth \(public domain\)/)).toBeTruthy();
  });

  it('shows only the filtered projects when the URL filters them', async () => {
    const { files } = renderApp('/map?sector=automotive');
    await mapReady();
    const { items } = toProjectResults(files['projects.json'].projects, {
      ...NO_FILTERS,
      sector: ['automotive'],
    });
    expect((await count()).textContent).toBe('5 of 25 projects on the map (1 without a position)');
    expect(placesDrawn()).toBe(locatedPlaces(items));
    const drawn = new Set([...markers()].flatMap((m) => m.dataset.projects!.split(' ')));
    expect([...drawn].every((id) => items.some((p) => p.id === id))).toBe(true);
    expect(screen.getByRole('checkbox', { name: /^Automotive/ })).toHaveProperty('checked', true);
  });

  it('names each marker with its project, place and how exact it is', async () => {
    renderApp('/map?q=east+coast');
    await mapReady();
    const names = [...markers()].map((m) => m.getAttribute('aria-label'));
    expect(names).toContain(
      'East Coast Rail Link (ECRL) — Kota Bharu, Kelantan (approximate position)',
    );
    expect(names).toContain(
      '2 projects near Kuantan, Pahang: East Coast Rail Link (ECRL) and Kuantan Port expansion (approximate positions)',
    );
    // The rail link is one schematic line through its located stations.
    expect(document.querySelectorAll('.map-route')).toHaveLength(1);
  });

  it('orders markers west to east for the keyboard', async () => {
    renderApp('/map');
    await mapReady();
    const xs = [...markers()].map((m) =>
      Number(/translate\(([-\d.]+)/.exec(m.getAttribute('transform')!)![1]),
    );
    const main = xs.slice(0, -1); // the last one is Qinzhou, in the inset
    expect(main).toEqual([...main].sort((a, b) => a - b));
  });

  it('opens the card on Enter, links to the project page with the filters, and closes', async () => {
    const { router } = renderApp('/map?sector=automotive');
    await mapReady();
    const marker = [...markers()].find((m) => m.dataset.projects === 'eve-energy-kedah')!;
    marker.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?sector=automotive&project=eve-energy-kedah'),
    );
    const card = screen.getByRole('heading', { level: 2, name: /EVE Energy/ });
    expect(document.activeElement).toBe(card);
    const link = screen.getByRole('link', { name: /Open the project page/ });
    expect(link.getAttribute('href')).toBe('/projects/eve-energy-kedah?sector=automotive');
    expect(
      screen.getAllByText(/Approximate position: the town, not the site/).length,
    ).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: /Close/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sector=automotive'));
    expect(document.activeElement).toBe(marker);
  });

  it('lists the projects of a spot no zoom can separate', async () => {
    renderApp('/map?state=perak');
    await mapReady();
    const spot = [...markers()].find((m) =>
      /3 projects near Tanjung Malim/.test(m.getAttribute('aria-label')!),
    )!;
    await userEvent.click(spot);
    const heading = await screen.findByRole('heading', {
      name: '3 projects at Tanjung Malim, Perak',
    });
    expect(heading).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /^BYD/ }));
    expect(await screen.findByRole('link', { name: /Open the project page/ })).toBeTruthy();
  });

  it('lists places as a table and the projects without a position', async () => {
    renderApp('/map?sector=automotive');
    await mapReady();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 5);
    expect(screen.getByRole('link', { name: /Proton–Geely/ })).toBeTruthy();
  });
});

describe('the Map view in another language', () => {
  afterEach(() => switchLanguage('en'));

  it('counts and names the markers in Malay with lang=ms', async () => {
    renderApp('/map?lang=ms&q=east+coast');
    await screen.findByRole('region', { name: 'Peta Malaysia: tempat projek' });
    await waitFor(() => expect(markers().length).toBeGreaterThan(0));
    expect(await screen.findByText(/^2 daripada 25 projek pada peta/)).toBeTruthy();
    const names = [...markers()].map((m) => m.getAttribute('aria-label'));
    expect(names).toContain(
      '2 projek berhampiran Kuantan, Pahang: East Coast Rail Link (ECRL) dan Kuantan Port expansion (kedudukan anggaran)',
    );
  });
});
