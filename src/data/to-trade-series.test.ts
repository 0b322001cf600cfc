import { describe, expect, it } from 'vitest';
import type { TradeFileRecord, TradeSeriesRecord } from './schema';
import { mainTotal, partialYearLabel, toTradePanels } from './to-trade-series';
import { loadPackFromDisk } from '../../tests/support/load-pack';
import { textsFor } from '../../tests/support/texts-for';

const { t } = await textsFor('en');

const source = { url: 'https://example.org/a', publisher: 'Example', side: 'my' };
const series = (
  id: string,
  reporter: string,
  currency: string,
  points: [number, number, Partial<TradeSeriesRecord['points'][number]>?][],
  measure: TradeSeriesRecord['measure'] = 'total',
): TradeSeriesRecord => ({
  id,
  title: id,
  reporter,
  measure,
  currency,
  points: points.map(([year, value, extra]) => ({ year, value, sources: [source], ...extra })),
});

const trade: TradeFileRecord = {
  series: [
    series('my-total', 'my', 'MYR', [
      [2012, 100],
      [2015, 120, { months: 9, note: 'Jan–Sep only' }],
      [2016, 150, { approximate: true, conflict: true }],
    ]),
    series('my-exports', 'my', 'MYR', [[2014, 40]], 'exports'),
    series('cn-total', 'other', 'USD', [
      [2013, 90],
      [2014, 0],
    ]),
  ],
  indicators: [],
};

describe('trade panels', () => {
  const panels = toTradePanels(trade, t);

  it('puts each basis (reporter and currency) in its own panel', () => {
    expect(panels.map((p) => [p.id, p.currency, p.series.map((s) => s.id)])).toEqual([
      ['my-myr', 'MYR', ['my-total', 'my-exports']],
      ['other-usd', 'USD', ['cn-total']],
    ]);
  });

  it('covers every year of the range and leaves gaps as null, never 0', () => {
    const [my] = panels;
    expect(my!.years).toEqual([2012, 2013, 2014, 2015, 2016]);
    expect(my!.series[0]!.years.map((y) => y.value)).toEqual([100, null, null, 120, 150]);
    expect(my!.series[1]!.years.map((y) => y.value)).toEqual([null, null, 40, null, null]);
    expect(my!.series[0]!.missing).toEqual([2013, 2014]);
  });

  it('keeps a real zero as a zero', () => {
    expect(panels[1]!.series[0]!.years.map((y) => y.value)).toEqual([90, 0]);
  });

  it('flags partial years, approximate figures and conflicts', () => {
    const years = panels[0]!.series[0]!.years;
    expect(years[3]).toMatchObject({ partial: 'Jan–Sep', note: 'Jan–Sep only' });
    expect(years[4]).toMatchObject({ approximate: true, conflict: true });
    expect(years[4]!.partial).toBeUndefined();
  });

  it('finds the main total of a reporter for the compact chart', () => {
    expect(mainTotal(panels, 'my')?.line.id).toBe('my-total');
    expect(mainTotal(panels, 'xx')?.line.id).toBe('my-total');
    expect(mainTotal([], 'my')).toBeNull();
  });

  it('never mixes currencies in a panel of the real pack', () => {
    const real = toTradePanels(loadPackFromDisk('data/malaysia-china')['trade.json'], t);
    expect(real.map((p) => p.currency)).toEqual(['MYR', 'USD']);
    for (const panel of real) {
      for (const line of panel.series) expect(line.years.map((y) => y.year)).toEqual(panel.years);
    }
  });
});

describe('labels', () => {
  it('names the months a partial year covers', () => {
    expect(partialYearLabel(9, t)).toBe('Jan–Sep');
    expect(partialYearLabel(4, t, true)).toBe('January–April');
    expect(partialYearLabel(1, t)).toBe('Jan');
  });

  it('names them in Malay when given Malay texts', async () => {
    const malay = await textsFor('ms');
    expect(partialYearLabel(8, malay.t)).toBe('Jan–Ogo');
    const firstQuarter = series('q1', 'my', 'MYR', [[2015, 1, { months: 3 }]]);
    const [panel] = toTradePanels({ ...trade, series: [firstQuarter] }, malay.t);
    expect(panel!.series[0]!.years[0]!.partial).toBe('Jan–Mac');
  });
});
