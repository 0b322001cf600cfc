import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/support/render-app';
import { useTallSlide } from '../../../tests/support/tall-slide';

const lines = () =>
  within(document.querySelector<HTMLElement>('.timeline-slide__list ol')!)
    .getAllByRole('listitem')
    .map((item) =>
      // Dates in spans are joined by thin spaces, as Intl writes them.
      [...item.firstElementChild!.children].map((cell) =>
        cell.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    );

describe('the Timeline slide', () => {
  useTallSlide();

  it('lists the items its filters keep in time order, with the counts line', async () => {
    renderApp('/present/briefing/9');
    expect(
      await screen.findByText(
        'Showing 99 of 201 items: 30 events, 33 agreements and 36 project milestones',
      ),
    ).toBeTruthy();
    const rows = lines();
    // The first 60 of 99 are drawn, the rest is "and 39 more".
    expect(rows).toHaveLength(60);
    expect(screen.getByText('…and 39 more')).toBeTruthy();
    expect(rows[0]).toEqual(['2023', 'Event', 'Consensus on a community with a shared future']);
    // A span of days is written once: its year is not repeated.
    expect(rows[1]).toEqual([
      '30 Mar – 1 Apr 2023',
      'Event',
      "Anwar's first official visit to China as prime minister",
    ]);
    expect(rows.map(([, kind]) => kind)).toContain('Agreement, planned');
    const times = [...document.querySelectorAll('.timeline-slide__list time')].map((time) =>
      time.getAttribute('dateTime'),
    );
    expect(times.every((date) => date! >= '2023')).toBe(true);
  });

  it('keeps only the kinds chosen on the live slide, and shows no desk controls', async () => {
    renderApp('/present/briefing/9/timeline?from=2023&kind=milestone');
    expect(
      await screen.findByText(
        'Showing 36 of 201 items: 0 events, 0 agreements and 36 project milestones',
      ),
    ).toBeTruthy();
    const rows = lines();
    expect(rows).toHaveLength(36);
    expect(rows.every(([, kind]) => kind!.startsWith('Project milestone'))).toBe(true);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Download|Clear filters|Zoom/ })).toBeNull();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('says so when nothing matches', async () => {
    renderApp('/present/briefing/9/timeline?from=2023&kind=milestone&sector=defence-maritime');
    expect(await screen.findByText('No items match these filters.')).toBeTruthy();
  });
});
