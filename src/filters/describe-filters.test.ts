import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '@/i18n/i18n';
import { describeFilters } from './describe-filters';

const lookups = {
  sectors: { automotive: 'Automotive', digital: 'Digital economy', energy: 'Energy' },
  countries: { my: 'Malaysia', cn: 'China' },
};

describe('filters in words', () => {
  it('names sectors, statuses and countries from the pack and the labels', () => {
    expect(
      describeFilters(
        '/projects',
        'sector=automotive,digital&status=operational,under-construction&country=cn&state=kuala-lumpur',
        lookups,
      ),
    ).toEqual([
      'Sector: Automotive or Digital economy',
      'Status: Operational or Under construction',
      'Country: China',
      'State: Kuala Lumpur',
    ]);
  });

  it('writes years, searches, sort orders and tables', () => {
    expect(describeFilters('/agreements', 'from=2024&q=durian&sort=oldest', lookups)).toEqual([
      'From 2024',
      'Search: “durian”',
      'Sorted oldest first',
    ]);
    expect(describeFilters('/timeline', 'to=2020', lookups)).toEqual(['Up to 2020']);
    expect(describeFilters('/timeline', 'from=2019&to=2024', lookups)).toEqual([
      'From 2019 to 2024',
    ]);
    expect(describeFilters('/trade', 'from=2020&to=2020&table=trade-my', lookups)).toEqual([
      'In 2020',
      'Charts shown as tables',
    ]);
    expect(describeFilters('/projects/ecrl', 'sort=value', lookups)).toEqual([]);
    expect(describeFilters('/projects', 'sort=value', lookups)).toEqual(['Sorted by value']);
  });

  it('words agreement types, parties, timeline kinds and event categories', () => {
    expect(describeFilters('/agreements', 'type=mou,protocol&party=my', lookups)).toEqual([
      'Type: MoU or Protocol',
      'Party: Malaysia',
    ]);
    expect(describeFilters('/timeline', 'kind=event,milestone&category=finance', lookups)).toEqual([
      'Showing: Events or Project milestones',
      'Category: Finance',
    ]);
    expect(describeFilters('/timeline', 'kind=diplomacy', lookups)).toEqual(['Showing: Diplomacy']);
  });

  it('ignores settings, unknown parameters and unknown or malformed values', () => {
    expect(
      describeFilters(
        '/projects',
        'pack=malaysia-china&lang=ms&theme=dark&hide=header&zoom=3&sector=atlantis,constructor&status=toString&from=soon&to=20245&q=%20%20',
        lookups,
      ),
    ).toEqual([]);
    expect(describeFilters('/overview', '', lookups)).toEqual([]);
    expect(describeFilters('/projects', new URLSearchParams('sector=energy'), lookups)).toEqual([
      'Sector: Energy',
    ]);
  });
});

describe('filters in words, in Malay', () => {
  afterEach(() => switchLanguage('en'));

  it('words facets, lists, years, searches and sort orders in the current language', async () => {
    await switchLanguage('ms');
    expect(
      describeFilters(
        '/projects',
        'sector=automotive,digital,energy&status=operational&from=2017&to=2024&q=durian&sort=value',
        lookups,
      ),
    ).toEqual([
      'Sektor: Automotive, Digital economy, atau Energy',
      'Status: Beroperasi',
      'Dari 2017 hingga 2024',
      'Carian: “durian”',
      'Disusun mengikut nilai',
    ]);
    expect(describeFilters('/timeline', 'kind=event,milestone&table=x', lookups)).toEqual([
      'Dipaparkan: Peristiwa atau Pencapaian projek',
      'Carta dipaparkan sebagai jadual',
    ]);
  });
});
