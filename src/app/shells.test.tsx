import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/support/render-app';
import { switchLanguage } from '@/i18n/i18n';

afterEach(() => {
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
  return switchLanguage('en');
});

describe('presenter mode', () => {
  it('opens a slide on its view and query, with its filters in words', async () => {
    const { router } = renderApp('/present/briefing/6');
    expect(await screen.findByText('Slide 6 of 10')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/present/briefing/6/projects');
    expect(router.state.location.search).toBe('?sector=automotive');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Chinese carmakers and battery makers' }),
    ).toBeTruthy();
    const filters = await screen.findByRole('list', { name: 'Filters on this slide' });
    expect(filters.textContent).toBe('Sector: Automotive, electric vehicles and batteries');
    // A view with a slide layout shows it instead of the view: the slide's title is the one h1.
    expect(await screen.findByText(/^\d+ of \d+ projects$/, {}, { timeout: 8000 })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.queryByRole('navigation', { name: 'Views' })).toBeNull();
  });

  it('moves by key and leaves to the normal view with the live query', async () => {
    const { router } = renderApp('/present/briefing/7');
    expect(await screen.findByText('Slide 7 of 10')).toBeTruthy();
    const press = async (key: string, n: number) => {
      act(() => {
        fireEvent.keyDown(window, { key });
      });
      expect(await screen.findByText(`Slide ${n} of 10`, {}, { timeout: 8000 })).toBeTruthy();
    };
    await press('PageDown', 8);
    await press('PageUp', 7);
    await press('ArrowRight', 8);
    expect(router.state.location.pathname).toBe('/present/briefing/8/agreements');
    act(() => {
      fireEvent.keyDown(window, { key: 'Escape' });
    });
    expect(await screen.findByRole('navigation', { name: 'Views' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/agreements');
    expect(router.state.location.search).toBe('?from=2024');
  }, 30_000);
});

describe('the embed shell', () => {
  it('shows a view without the app chrome, with the options of its URL', async () => {
    renderApp('/embed/projects?sector=automotive&hide=header&theme=dark');
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Projects' });
    expect(h1.className).toBe('visually-hidden');
    expect(screen.queryByRole('navigation', { name: 'Views' })).toBeNull();
    expect(screen.queryByRole('banner')).toBeNull();
    const footer = await screen.findByRole('contentinfo');
    expect(within(footer).getByText(/Data as of/)).toBeTruthy();
    expect(
      within(footer)
        .getByRole('link', { name: /Open full view/ })
        .getAttribute('href'),
    ).toBe('#/projects?sector=automotive&theme=dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('drops the footer with hide=footer', async () => {
    renderApp('/embed/trade?hide=footer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Trade' })).toBeTruthy();
    expect(screen.queryByRole('contentinfo')).toBeNull();
  });
});

describe('the dashboard tools', () => {
  it('adds the current view to "My deck" and lists it in the editor', async () => {
    // In Malay: the slide keeps the view's filters but not the reader's language.
    const { router } = renderApp('/projects?sector=automotive&lang=ms');
    await screen.findByRole('heading', { level: 1, name: 'Projek' });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Tambah paparan ini ke persembahan saya' }),
    );
    expect(
      (await screen.findByText(/“Projek” ditambah ke Persembahan saya sebagai slaid 1/))
        .textContent,
    ).toBeTruthy();
    expect(JSON.parse(window.localStorage.getItem('jambatan:decks:v1')!)).toEqual([
      {
        id: 'persembahan-saya',
        title: 'Persembahan saya',
        slides: [{ view: '/projects', title: 'Projek', query: 'sector=automotive' }],
      },
    ]);
    await act(() => router.navigate('/present?lang=ms'));
    expect(await screen.findByRole('heading', { level: 3, name: 'Persembahan saya' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Alih ke bawah: Projek' })).toBeTruthy();
  });
});
