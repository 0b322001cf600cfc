import { describe, expect, it } from 'vitest';
import type { AgreementRecord } from '@/data/schema';
import { defaultsOf } from '@/filters/url-state';
import { AGREEMENT_FILTERS } from './agreement-filters';
import { countFacets, indexAgreements } from './to-agreement-list';
import { describeSelection, toFacetOptions, type FacetLabels } from './to-facet-options';

const defaults = defaultsOf(AGREEMENT_FILTERS);
const make = (id: string, extra: Partial<AgreementRecord>) =>
  ({
    id,
    date: '2020',
    title: id,
    subject: id,
    type: 'mou',
    parties: [],
    sectors: [],
    projects: [],
    notes: [],
    sources: [],
    ...extra,
  }) as AgreementRecord;

const index = indexAgreements([
  make('a', { type: 'protocol', sectors: ['energy'], parties: [{ name: 'X', country: 'sg' }] }),
  make('b', { sectors: ['digital', 'energy'], parties: [{ name: 'Y', country: 'cn' }] }),
  make('c', { type: 'treaty', parties: [{ name: 'Z', country: 'my' }, { name: 'ASEAN' }] }),
]);
const labels: FacetLabels = {
  type: (id) => ({ mou: 'MoU', protocol: 'Protocol', treaty: 'Treaty' })[id] ?? id,
  sector: (id) => ({ energy: 'Energy', digital: 'Digital economy' })[id] ?? id,
  party: (id) => ({ my: 'Malaysia', cn: 'China', sg: 'Singapore' })[id] ?? id,
};
const order = { type: ['treaty', 'mou', 'protocol'], party: ['my', 'cn'] };

describe('facet options', () => {
  it('lists the values present, in a fixed order, with live counts', () => {
    const options = toFacetOptions(
      index,
      countFacets(index, { ...defaults, sector: ['energy'] }),
      labels,
      order,
    );
    expect(options.type).toEqual([
      { id: 'treaty', label: 'Treaty', count: 0 },
      { id: 'mou', label: 'MoU', count: 1 },
      { id: 'protocol', label: 'Protocol', count: 1 },
    ]);
    expect(options.sector.map((o) => [o.label, o.count])).toEqual([
      ['Digital economy', 1],
      ['Energy', 2],
    ]);
    expect(options.party.map((o) => o.id)).toEqual(['my', 'cn', 'sg']);
  });
});

describe('the selection in words', () => {
  it('says nothing for the defaults', () => {
    expect(describeSelection(defaults, labels)).toEqual([]);
  });

  it('names every choice', () => {
    expect(
      describeSelection(
        { ...defaults, type: ['mou', 'treaty'], party: ['cn'], from: 2024, q: ' geely ' },
        labels,
      ),
    ).toEqual([
      'Type: MoU or Treaty',
      'Party country: China',
      'Dated 2024 or later',
      'Matching “geely”',
    ]);
    expect(describeSelection({ ...defaults, from: 2025, to: 2017 }, labels)).toEqual([
      'Dated 2017–2025',
    ]);
    expect(describeSelection({ ...defaults, from: 2017, to: 2017 }, labels)).toEqual([
      'Dated 2017',
    ]);
    expect(describeSelection({ ...defaults, to: 2016 }, labels)).toEqual(['Dated 2016 or earlier']);
  });
});
