import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/support/render-app';
import { useTallSlide } from '../../../tests/support/tall-slide';

const lines = () => {
  const list = document.querySelector<HTMLElement>('.agreements-slide__list ol')!;
  return within(list)
    .getAllByRole('listitem')
    .map((item) => [...item.firstElementChild!.children].map((cell) => cell.textContent));
};

describe('the Agreements slide', () => {
  useTallSlide();

  it('lists the rows the filters keep, newest first, one line each: date, title, type', async () => {
    renderApp('/present/briefing/8');
    expect(await screen.findByText('26 of 57 agreements')).toBeTruthy();
    const rows = lines();
    // Nine rows stand for 26 agreements: a package's documents are counted on its line.
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual(['28 Oct 2025', 'ASEAN–China FTA 3.0 Upgrade Protocol', 'Protocol']);
    expect(rows[2]).toEqual([
      '16 Apr 2025',
      "31 documents exchanged during Xi Jinping's state visit",
      'Other · 6 documents',
    ]);
    expect(rows.at(-1)).toEqual([
      '19 Jun 2024',
      "14 documents exchanged during Li Qiang's visit",
      'Other · 11 documents',
    ]);
    expect(screen.getByText(/sources: press I to see them/)).toBeTruthy();
  });

  it('follows a filter changed on the live slide, and shows no desk controls', async () => {
    renderApp('/present/briefing/8/agreements?from=2024&type=mou');
    expect(await screen.findByText('12 of 57 agreements')).toBeTruthy();
    const rows = lines();
    expect(rows).toHaveLength(12);
    expect(rows.every(([, , type]) => type === 'MoU')).toBe(true);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Download|Clear filters/ })).toBeNull();
  });

  it('says so when no agreement matches', async () => {
    renderApp('/present/briefing/8/agreements?from=2024&to=2024&type=treaty');
    expect(await screen.findByText('0 of 57 agreements')).toBeTruthy();
    expect(screen.getByText('No agreement matches all of these filters.')).toBeTruthy();
  });
});
