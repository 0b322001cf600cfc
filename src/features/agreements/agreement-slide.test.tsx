import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/support/render-app';
import { useTallSlide } from '../../../tests/support/tall-slide';

const SLIDE = '/present/briefing/8/agreements';

/** The items of the list under a heading of the slide. */
const listUnder = (heading: string) => {
  let next = screen.getByRole('heading', { name: heading }).nextElementSibling;
  while (next && !next.matches('.fit-list')) next = next.nextElementSibling;
  return within(next as HTMLElement)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
};

describe('an agreement as a slide', () => {
  useTallSlide();

  it('shows its title, date and type, parties, the package it is part of and the others', async () => {
    renderApp(`${SLIDE}/xinhua-rtm-media-mou-2025`);
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Media MoU between the Malaysian government and Xinhua',
      }),
    ).toBeTruthy();
    // The honesty marks beside them, in words.
    expect(screen.getByText('16 Apr 2025').parentElement!.textContent).toBe(
      '16 Apr 2025 · MoU · Signed Weaker source',
    );
    expect(listUnder('Parties')).toEqual(['Government of Malaysia (Malaysia)', 'Xinhua (China)']);
    expect(screen.getByRole('heading', { name: 'Part of a package (6 recorded)' })).toBeTruthy();
    expect(screen.getByText("31 documents exchanged during Xi Jinping's state visit")).toBeTruthy();
    const others = listUnder('The other documents');
    expect(others).toHaveLength(5);
    expect(others).toContain('FINAS–China Media Group MoU (MoU)');
    expect(others.join()).not.toContain('Xinhua');
    expect(screen.getByText('None named in the sources')).toBeTruthy();
    expect(screen.getByText(/1 source: press I to see them/)).toBeTruthy();
  });

  it("lists a package's documents, and the projects an agreement names", async () => {
    const { router } = renderApp(`${SLIDE}/xi-visit-package-2025`);
    expect(
      await screen.findByRole('heading', { name: 'Documents in this package (6 recorded)' }),
    ).toBeTruthy();
    expect(listUnder('Documents in this package (6 recorded)')).toHaveLength(6);

    await router.navigate(`${SLIDE}/u-mobile-huawei-mou-2025`);
    expect(
      await screen.findByRole('heading', { name: 'U Mobile–Huawei MoU for the second 5G network' }),
    ).toBeTruthy();
    expect(listUnder('Parties')).toEqual([
      'U Mobile (Malaysia)',
      'Huawei (China) — vendor for Peninsular Malaysia',
    ]);
    expect(listUnder('Projects')).toEqual(['Second 5G network (U Mobile with Huawei and ZTE)']);
    expect(screen.queryByRole('heading', { name: /package/ })).toBeNull();
  });

  it('says which agreement it cannot find', async () => {
    renderApp(`${SLIDE}/atlantis-treaty`);
    expect(await screen.findByText(/atlantis-treaty/)).toBeTruthy();
  });
});
