import { describe, expect, it } from 'vitest';
import type { TradeLine, TradePanel } from '@/data/to-trade-series';
import { lineLabel, panelTitle, reportedBy } from './trade-labels';

const names = { my: 'Malaysia', cn: 'China' };
const line = (measure: TradeLine['measure'], extra: Partial<TradeLine> = {}): TradeLine => ({
  id: measure,
  title: `${measure} title`,
  measure,
  years: [],
  missing: [],
  ...extra,
});
const panel = (reporter: string, series: TradeLine[]): TradePanel => ({
  id: `${reporter}-myr`,
  reporter,
  currency: 'MYR',
  years: [],
  series,
});

describe('trade labels', () => {
  it('names series by what they measure and between whom', () => {
    expect(lineLabel(line('total'), names)).toBe('Total trade');
    expect(lineLabel(line('exports', { from: 'my', to: 'cn' }), names)).toBe('Exports to China');
    expect(lineLabel(line('imports', { from: 'cn', to: 'my' }), names)).toBe('Imports from China');
  });

  it('says who reported a panel and in which currency', () => {
    const my = panel('my', [line('total'), line('exports')]);
    expect(panelTitle(my, names)).toBe(
      'Bilateral goods trade by year, figures reported by Malaysia (MYR)',
    );
    expect(reportedBy(my, names)).toBe('reported by Malaysia');
    const other = panel('other', [line('total')]);
    expect(panelTitle(other, names)).toBe('total title, by year (MYR)');
    expect(reportedBy(other, names)).toBe('on other or unstated bases');
  });
});
