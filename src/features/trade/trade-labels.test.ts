import { describe, expect, it } from 'vitest';
import type { TradeLine, TradePanel } from '@/data/to-trade-series';
import { textsFor } from '../../../tests/support/texts-for';
import { lineLabel, panelTitle, reportedBy } from './trade-labels';

const { t } = await textsFor('en');

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
    expect(lineLabel(line('total'), names, t)).toBe('Total trade');
    expect(lineLabel(line('exports', { from: 'my', to: 'cn' }), names, t)).toBe('Exports to China');
    expect(lineLabel(line('imports', { from: 'cn', to: 'my' }), names, t)).toBe(
      'Imports from China',
    );
  });

  it('says who reported a panel and in which currency', () => {
    const my = panel('my', [line('total'), line('exports')]);
    expect(panelTitle(my, names, t)).toBe(
      'Bilateral goods trade by year, figures reported by Malaysia (MYR)',
    );
    expect(reportedBy(my, names, t)).toBe('reported by Malaysia');
    const other = panel('other', [line('total')]);
    expect(panelTitle(other, names, t)).toBe('total title, by year (MYR)');
    expect(reportedBy(other, names, t)).toBe('on other or unstated bases');
  });

  it('are in Malay when given Malay texts', async () => {
    const malay = await textsFor('ms');
    expect(lineLabel(line('exports', { from: 'my', to: 'cn' }), names, malay.t)).toBe(
      'Eksport ke China',
    );
    expect(reportedBy(panel('my', [line('total')]), names, malay.t)).toBe(
      'dilaporkan oleh Malaysia',
    );
  });
});
