// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { minimalPack } from '../../tests/fixtures/minimal-pack';
import { crossCheckPack, type PackData } from './cross-check';
import { formatProblem } from './problems';

/** Cross-checks a pack (the valid minimal fixture unless changed) and returns the printed lines. */
function lines(pack: Partial<PackData>, folder?: string): string[] {
  return crossCheckPack(pack, (file) => file, folder).map(formatProblem);
}

/** The minimal fixture with one change applied. */
function changed(change: (pack: PackData) => void): PackData {
  const pack = minimalPack();
  change(pack);
  return pack;
}

const source = { url: 'https://example.org/x', publisher: 'Example', side: 'xa' };

describe('crossCheckPack', () => {
  it('finds nothing wrong with the minimal fixture pack', () => {
    expect(lines(minimalPack(), 'minimal')).toEqual([]);
  });

  it.each([
    [
      'sectors',
      (p: PackData) => p.sectors.sectors.push({ ...p.sectors.sectors[0]! }),
      'sectors.json › $.sectors[2].id: duplicate sector id "transport", also used by $.sectors[0] (an id used once in sectors.json)',
    ],
    [
      'projects',
      (p: PackData) => p.projects.projects.push({ ...p.projects.projects[0]! }),
      'projects.json › $.projects[2].id: duplicate project id "rail-link", also used by $.projects[0] (an id used once in projects.json)',
    ],
    [
      'agreements',
      (p: PackData) => p.agreements.agreements.push({ ...p.agreements.agreements[0]! }),
      'agreements.json › $.agreements[1].id: duplicate agreement id "framework-2016", also used by $.agreements[0] (an id used once in agreements.json)',
    ],
    [
      'events',
      (p: PackData) => (p.events.events[1]!.id = 'official-visit-2016'),
      'events.json › $.events[1].id: duplicate event id "official-visit-2016", also used by $.events[0] (an id used once in events.json)',
    ],
    [
      'series',
      (p: PackData) => p.trade.series.push({ ...p.trade.series[0]! }),
      'trade.json › $.series[1].id: duplicate trade series id "total-reported-by-xa", also used by $.series[0] (an id used once in trade.json)',
    ],
    [
      'indicators',
      (p: PackData) =>
        p.trade.indicators.push(
          { id: 'fdi', topic: 'investment', text: 't', sources: [source] },
          { id: 'fdi', topic: 'trade', text: 'u', sources: [source] },
        ),
      'trade.json › $.indicators[1].id: duplicate indicator id "fdi", also used by $.indicators[0] (an id used once in trade.json)',
    ],
    [
      'decks',
      (p: PackData) => p.decks.decks.push({ ...p.decks.decks[0]! }),
      'decks.json › $.decks[1].id: duplicate deck id "briefing", also used by $.decks[0] (an id used once in decks.json)',
    ],
  ])('reports duplicate ids in %s', (_, change, expected) => {
    expect(lines(changed(change))).toEqual([expected]);
  });

  it.each([
    [
      (p: PackData) => p.projects.projects[0]!.sectors.push('energie'),
      'projects.json › $.projects[0].sectors[1]: unknown sector "energie" (an id from sectors.json)',
    ],
    [
      (p: PackData) => (p.projects.projects[1]!.parent = 'rail'),
      'projects.json › $.projects[1].parent: unknown project "rail" (an id from projects.json)',
    ],
    [
      (p: PackData) => (p.agreements.agreements[0]!.sectors = ['mining']),
      'agreements.json › $.agreements[0].sectors[0]: unknown sector "mining" (an id from sectors.json)',
    ],
    [
      (p: PackData) => (p.agreements.agreements[0]!.projects = ['rail-link', 'ecrl']),
      'agreements.json › $.agreements[0].projects[1]: unknown project "ecrl" (an id from projects.json)',
    ],
    [
      (p: PackData) => (p.agreements.agreements[0]!.parent = 'package-2016'),
      'agreements.json › $.agreements[0].parent: unknown agreement "package-2016" (an id from agreements.json)',
    ],
    [
      (p: PackData) => (p.events.events[1]!.sectors = ['x']),
      'events.json › $.events[1].sectors[0]: unknown sector "x" (an id from sectors.json)',
    ],
    [
      (p: PackData) => (p.events.events[1]!.projects = ['y']),
      'events.json › $.events[1].projects[0]: unknown project "y" (an id from projects.json)',
    ],
    [
      (p: PackData) => (p.events.events[0]!.agreements = ['z']),
      'events.json › $.events[0].agreements[0]: unknown agreement "z" (an id from agreements.json)',
    ],
  ])('reports a dangling reference: %#', (change, expected) => {
    expect(lines(changed(change))).toEqual([expected]);
  });

  it('does not report references into a file that is absent', () => {
    const withoutSectors: Partial<PackData> = changed((p) =>
      p.projects.projects[0]!.sectors.push('energie'),
    );
    delete withoutSectors.sectors;
    expect(lines(withoutSectors)).toEqual([]);
  });

  it('reports a parent chain that loops, once per loop', () => {
    const pack = changed((p) => (p.projects.projects[0]!.parent = 'rail-link-north'));
    expect(lines(pack)).toEqual([
      'projects.json › $.projects[0].parent: parent chain loops: "rail-link" → "rail-link-north" → "rail-link" (a parent that is not the record itself or one of its descendants)',
    ]);
    const self = changed((p) => (p.agreements.agreements[0]!.parent = 'framework-2016'));
    expect(lines(self)).toEqual([
      'agreements.json › $.agreements[0].parent: parent chain loops: "framework-2016" → "framework-2016" (a parent that is not the record itself or one of its descendants)',
    ]);
  });

  it("reports a source side that is not one of the pack's countries, anywhere in the pack", () => {
    const pack = changed((p) => {
      p.projects.projects[0]!.milestones[0]!.sources[0]!.side = 'cn';
      p.projects.projects[0]!.partners[0]!.country = 'us';
    });
    expect(lines(pack)).toEqual([
      'projects.json › $.projects[0].milestones[0].sources[0].side: source side "cn" is not one of the pack\'s countries ("xa", "xb" or "third-party")',
    ]);
  });

  it("reports a trade reporter that is not one of the pack's countries", () => {
    expect(lines(changed((p) => (p.trade.series[0]!.reporter = 'cn')))).toEqual([
      'trade.json › $.series[0].reporter: reporter "cn" is not one of the pack\'s countries ("xa", "xb" or "other")',
    ]);
  });

  it('reports a pack whose two countries are the same', () => {
    expect(lines(changed((p) => (p.meta.countries[1].id = 'xa')))[0]).toBe(
      'pack.json › $.countries[1].id: both countries are "xa" (two different countries)',
    );
  });

  it('reports a project that ends before it starts, with partial-date semantics', () => {
    expect(
      lines(
        changed((p) =>
          Object.assign(p.projects.projects[0]!, { start: '2017-06-01', end: '2017' }),
        ),
      ),
    ).toEqual([]);
    expect(
      lines(
        changed((p) =>
          Object.assign(p.projects.projects[0]!, { start: '2017-08', end: '2016', milestones: [] }),
        ),
      ),
    ).toEqual([
      'projects.json › $.projects[0].end: end "2016" is before start "2017-08" of project "rail-link" (an end on or after the start)',
    ]);
  });

  it("reports milestones outside the project's start and end", () => {
    const early = changed((p) => (p.projects.projects[0]!.milestones[0]!.date = '2017-07-31'));
    expect(lines(early)).toEqual([
      'projects.json › $.projects[0].milestones[0].date: milestone "2017-07-31" is before start "2017-08" of project "rail-link" (a date within the project\'s start and end)',
    ]);
    const late = changed((p) => (p.projects.projects[0]!.milestones[0]!.date = '2028-01'));
    expect(lines(late)).toEqual([
      'projects.json › $.projects[0].milestones[0].date: milestone "2028-01" is after end "2027" of project "rail-link" (a date within the project\'s start and end)',
    ]);
  });

  it('reports an event that ends before its date', () => {
    expect(lines(changed((p) => (p.events.events[0]!.end = '2016-10')))).toEqual([]);
    expect(lines(changed((p) => (p.events.events[0]!.end = '2016-09')))).toEqual([
      'events.json › $.events[0].end: end "2016-09" is before date "2016-10-31" of event "official-visit-2016" (an end on or after the date)',
    ]);
  });

  it('reports two points for one year in a trade series', () => {
    expect(lines(changed((p) => (p.trade.series[0]!.points[1]!.year = 2016)))).toEqual([
      'trade.json › $.series[0].points[1].year: year 2016 appears again in series "total-reported-by-xa", first at $.series[0].points[0] (one point per year)',
    ]);
  });

  it('reports exports or imports without from and to', () => {
    expect(
      lines(changed((p) => Object.assign(p.trade.series[0]!, { measure: 'exports', from: 'xa' }))),
    ).toEqual([
      'trade.json › $.series[0]: series "total-reported-by-xa" measures exports but has no "to" (the exporting country in "from" and the importing country in "to")',
    ]);
  });

  it('reports deck views the app does not have, or that name a missing record', () => {
    const pack = changed((p) => {
      const slides = p.decks.decks[0]!.slides;
      for (const view of ['/sectors/energy', '/agreements', '/map', '/trade', '/timeline'])
        slides.push({ view, title: 'ok' });
      for (const view of ['/present', '/projects/', '/projects/rail-link/x', '/projects/ecrl'])
        slides.push({ view, title: 'bad' });
    });
    const routes =
      '/overview, /projects, /projects/<id>, /agreements, /agreements/<id>, /timeline, /sectors, /sectors/<id>, /trade or /map';
    expect(lines(pack)).toEqual([
      `decks.json › $.decks[0].slides[8].view: unknown view "/present" (one of ${routes})`,
      `decks.json › $.decks[0].slides[9].view: unknown view "/projects/" (one of ${routes})`,
      `decks.json › $.decks[0].slides[10].view: unknown view "/projects/rail-link/x" (one of ${routes})`,
      'decks.json › $.decks[0].slides[11].view: unknown project "ecrl" in view "/projects/ecrl" (an id from projects.json)',
    ]);
  });

  it('reports a pack id that differs from its folder name', () => {
    expect(lines(minimalPack(), 'minimal-copy')).toEqual([
      'pack.json › $.id: pack id "minimal" does not match its folder "minimal-copy" (the name of the folder under data/)',
    ]);
  });

  it('labels files as the caller asks', () => {
    const pack = changed((p) => (p.projects.projects[1]!.parent = 'rail'));
    const [problem] = crossCheckPack(pack, (file) => `data/x/${file}`);
    expect(problem?.file).toBe('data/x/projects.json');
  });
});
