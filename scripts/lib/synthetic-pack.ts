/**
 * A clearly synthetic pack of any size, deterministic from a seed, for benchmarks and scale
 * tests. Every record is valid against the schema and every reference resolves; the title and
 * every source say "synthetic" so it can never be mistaken for real data.
 */
import {
  EventCategory,
  ProjectStatus,
  type PackFileData,
  type PackFileName,
} from '../../src/data/schema';

/** mulberry32: small, fast and good enough to spread synthetic values. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The schema's own enums, so a new status or kind reaches the synthetic packs too.
const STATUSES = ProjectStatus.options;
const TYPES = [
  'mou',
  'protocol',
  'contract',
  'joint-statement',
  'intergovernmental-agreement',
  'programme',
] as const;
const CATEGORIES = EventCategory.options;
const STATES = [
  'Alpha',
  'Beta',
  'Gamma',
  'Delta',
  'Epsilon',
  'Zeta',
  'Eta',
  'Theta',
  'Iota',
  'Kappa',
  'Lambda',
  'Mu',
  'Nu',
];
const WORDS = [
  'harbour',
  'rail',
  'solar',
  'battery',
  'data',
  'park',
  'bridge',
  'port',
  'plant',
  'tower',
  'grid',
  'valley',
  'hub',
  'line',
  'zone',
  'city',
];

export type SyntheticPack = { [F in PackFileName]: PackFileData<F> };

export function syntheticPack(projectCount: number, seed = 1): SyntheticPack {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const id = `synthetic-${projectCount}`;
  const source = (n: number) => ({
    url: `https://example.org/synthetic/${n}`,
    publisher: 'Synthetic generator',
    side: pick(['xa', 'xb', 'third-party']),
  });
  const sectorCount = Math.max(4, Math.min(40, Math.round(Math.sqrt(projectCount) / 8)));
  const sectors = Array.from({ length: sectorCount }, (_, i) => ({
    id: `sector-${i + 1}`,
    name: `Sector ${i + 1}`,
    facts: [],
  }));

  const projects = Array.from({ length: projectCount }, (_, i) => {
    const start = int(1990, 2024);
    const end = random() < 0.5 ? start + int(0, 10) : undefined;
    const state = pick(STATES);
    return {
      id: `project-${i + 1}`,
      name: `${pick(WORDS)} ${pick(WORDS)} project ${i + 1}`.replace(/^./, (c) => c.toUpperCase()),
      summary: `Synthetic project ${i + 1} in ${state}, generated for performance tests.`,
      sectors: [...new Set([pick(sectors).id, ...(random() < 0.3 ? [pick(sectors).id] : [])])],
      status: pick(STATUSES),
      partners: [{ name: `Company ${int(1, 5000)}`, country: pick(['xa', 'xb']) }],
      places: [
        {
          name: `Town ${int(1, 400)}`,
          state,
          country: 'xa',
          coordinates: { lat: 1 + random() * 6, lon: 100 + random() * 19, approximate: true },
        },
      ],
      ...(random() < 0.7
        ? {
            value: {
              main: {
                amount: int(1, 5000) * 1_000_000,
                currency: pick(['MYR', 'USD', 'CNY']),
                year: String(start),
                sources: [source(i)],
              },
            },
          }
        : {}),
      start: String(start),
      ...(end !== undefined ? { end: String(end) } : {}),
      milestones:
        random() < 0.3 ? [{ date: String(start), label: 'Launched', sources: [source(i)] }] : [],
      notes: [],
      sources: [source(i)],
    };
  });

  const agreements = Array.from({ length: Math.round(projectCount / 5) }, (_, i) => ({
    id: `agreement-${i + 1}`,
    date: `${int(1990, 2025)}-${String(int(1, 12)).padStart(2, '0')}`,
    title: `Synthetic agreement ${i + 1}`,
    type: pick(TYPES),
    parties: [
      { name: 'Government of XA', country: 'xa' },
      { name: 'Government of XB', country: 'xb' },
    ],
    subject: `A generated ${pick(WORDS)} agreement.`,
    sectors: [pick(sectors).id],
    projects: [`project-${int(1, projectCount)}`],
    notes: [],
    sources: [source(i)],
  }));

  const events = Array.from({ length: Math.round(projectCount / 4) }, (_, i) => ({
    id: `event-${i + 1}`,
    date: `${int(1990, 2025)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
    title: `Synthetic event ${i + 1}`,
    description: 'A generated event.',
    category: pick(CATEGORIES),
    participants: [],
    sectors: [pick(sectors).id],
    projects: [],
    agreements: [],
    notes: [],
    sources: [source(i)],
  }));

  const years = Array.from({ length: 14 }, (_, i) => 2012 + i);
  return {
    'pack.json': {
      id,
      title: `Synthetic test pack (${projectCount.toLocaleString('en')} projects) — not real data`,
      description: 'Generated for performance tests. Nothing in this pack is real.',
      countries: [
        { id: 'xa', name: 'Country XA' },
        { id: 'xb', name: 'Country XB' },
      ],
      asOf: '2026-11-28',
      version: '0.0.1',
      licence: 'CC0',
      languages: ['en'],
    },
    'sectors.json': { sectors },
    'projects.json': { projects },
    'agreements.json': { agreements },
    'events.json': { events },
    'trade.json': {
      series: [
        {
          id: 'xa-total',
          title: 'Total trade, XA data',
          reporter: 'xa',
          measure: 'total',
          currency: 'USD',
          points: years.map((year, i) => ({
            year,
            value: (50 + i * 7) * 1e9,
            sources: [source(year)],
          })),
        },
      ],
      indicators: [],
    },
    'decks.json': {
      decks: [
        {
          id: 'synthetic',
          title: 'Synthetic deck',
          slides: [
            { view: '/overview', title: 'Overview' },
            { view: '/projects', title: 'Projects' },
          ],
        },
      ],
    },
  } as SyntheticPack;
}
