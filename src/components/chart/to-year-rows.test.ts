import { describe, expect, it } from 'vitest';
import { textsFor } from '../../../tests/support/texts-for';
import { describeBars, describeYearLines } from './describe-chart';
import {
  fullKey,
  markerKinds,
  niceTicks,
  partialLabels,
  partKey,
  toYearRows,
  type YearSeries,
} from './to-year-rows';

const total: YearSeries = {
  id: 'total',
  label: 'Total',
  years: [
    { year: 2016, value: 10 },
    { year: 2017, value: 7, partial: 'Jan–Sep' },
    { year: 2018, value: null },
    { year: 2019, value: 0, approximate: true, conflict: true },
  ],
};

describe('year rows for the line chart', () => {
  const rows = toYearRows([2016, 2017, 2018, 2019], [total]);

  it('keeps gaps as null and real zeros as zero', () => {
    expect(rows.map((r) => r[fullKey('total')])).toEqual([10, null, null, 0]);
  });

  it('moves part-year figures off the line onto their own key', () => {
    expect(rows.map((r) => r[partKey('total')])).toEqual([null, 7, null, null]);
  });

  it('says which marks the legend must explain', () => {
    expect(markerKinds([total])).toEqual({
      partial: true,
      approximate: true,
      conflict: true,
      gaps: true,
    });
    expect(markerKinds([{ id: 'x', label: 'x', years: [{ year: 2000, value: 1 }] }])).toEqual({
      partial: false,
      approximate: false,
      conflict: false,
      gaps: false,
    });
  });
});

const { t } = await textsFor('en');

describe('chart descriptions for screen readers', () => {
  it('summarises bars', () => {
    expect(
      describeBars(
        'projects per sector',
        [
          { label: 'Automotive', valueText: '6' },
          { label: 'Digital', valueText: '4' },
        ],
        t,
      ),
    ).toBe('Bar chart: projects per sector; Automotive 6, Digital 4.');
  });

  it('are worded in the language of the t they are given', async () => {
    const malay = await textsFor('ms');
    const chinese = await textsFor('zh');
    const bars = [
      { label: 'Automotif', valueText: '6' },
      { label: 'Digital', valueText: '4' },
    ];
    expect(describeBars('projek mengikut sektor', bars, malay.t)).toBe(
      'Carta bar: projek mengikut sektor; Automotif 6, Digital 4.',
    );
    expect(describeBars('各行业项目', bars, chinese.t)).toBe(
      '条形图：各行业项目；Automotif 6，Digital 4。',
    );
  });

  it('reads every figure with its marks and names the gaps', () => {
    expect(describeYearLines('trade', [total], (v) => `RM${v}`, t)).toBe(
      'Line chart: trade. Total: 2016 RM10, 2017 RM7 (Jan–Sep only), ' +
        '2019 RM0 (approximate, sources disagree); no figure for 2018.',
    );
  });
});

describe('part-year labels', () => {
  it('labels each year once, on the highest hollow marker', () => {
    const exports: YearSeries = {
      id: 'exports',
      label: 'Exports',
      years: [{ year: 2017, value: 3, partial: 'Jan–Sep' }],
    };
    const imports: YearSeries = {
      id: 'imports',
      label: 'Imports',
      years: [{ year: 2017, value: 5, partial: 'Jan–Jun' }],
    };
    expect([...partialLabels([total, exports, imports])]).toEqual([
      [2017, { id: 'total', text: 'Jan–Sep / Jan–Jun' }],
    ]);
    expect([...partialLabels([exports, imports])]).toEqual([
      [2017, { id: 'imports', text: 'Jan–Sep / Jan–Jun' }],
    ]);
  });
});

describe('axis ticks', () => {
  it('rounds to readable steps from zero', () => {
    expect(niceTicks(203.6e9)).toEqual([0, 50e9, 100e9, 150e9, 200e9, 250e9]);
    expect(niceTicks(487.1e9)).toEqual([0, 100e9, 200e9, 300e9, 400e9, 500e9]);
    expect(niceTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(6)).toEqual([0, 2, 4, 6]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
