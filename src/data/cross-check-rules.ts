/**
 * The record-level rules of the cross-check (see cross-check.ts): sides of sources, dates in
 * order, trade series and deck views. Each rule skips silently when a file it needs is absent.
 */
import type { PackData } from './cross-check';
import { mayPrecede } from '@/lib/partial-date';
import type { PackFileName } from './schema';
import { RECORD_KINDS, slidePaths, viewAt, type RecordKind } from '@/registry/views';

/** Reports a problem in a pack file; the rules do not need to know how files are labelled. */
export type Report = (
  file: PackFileName,
  path: (string | number)[],
  message: string,
  expected?: string,
) => void;

/** Ids of the referable collections, or undefined when their file is not available. */
export type KnownIds = { [K in RecordKind]?: Set<string> };

const FILE_OF = {
  meta: 'pack.json',
  sectors: 'sectors.json',
  projects: 'projects.json',
  agreements: 'agreements.json',
  events: 'events.json',
  trade: 'trade.json',
  decks: 'decks.json',
} as const satisfies Record<keyof PackData, PackFileName>;

const quoteList = (items: string[]) =>
  items.length < 2
    ? items.map((i) => `"${i}"`).join('')
    : `${items
        .slice(0, -1)
        .map((i) => `"${i}"`)
        .join(', ')} or "${items.at(-1)}"`;

/**
 * Sources anywhere in the pack must come from one of the pack's two countries or a third party;
 * a trade series is reported by one of them or "other". Parties and places may be any country.
 */
export function checkSides(report: Report, pack: Partial<PackData>): void {
  if (!pack.meta) return;
  const countries = pack.meta.countries.map((c) => c.id);
  if (countries[0] === countries[1]) {
    report(
      'pack.json',
      ['countries', 1, 'id'],
      `both countries are "${countries[0]}"`,
      'two different countries',
    );
  }
  const sides = [...countries, 'third-party'];
  for (const key of Object.keys(FILE_OF) as (keyof PackData)[]) {
    const file = FILE_OF[key];
    walkSources(pack[key], [], (source, path) => {
      if (!sides.includes(source.side)) {
        report(
          file,
          [...path, 'side'],
          `source side "${source.side}" is not one of the pack's countries`,
          quoteList(sides),
        );
      }
    });
  }
  const reporters = [...countries, 'other'];
  pack.trade?.series.forEach((s, i) => {
    if (!reporters.includes(s.reporter)) {
      report(
        'trade.json',
        ['series', i, 'reporter'],
        `reporter "${s.reporter}" is not one of the pack's countries`,
        quoteList(reporters),
      );
    }
  });
}

/** Finds every array under a "sources" key, wherever the schema puts one. */
function walkSources(
  value: unknown,
  path: (string | number)[],
  visit: (source: { side: string }, path: (string | number)[]) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkSources(item, [...path, i], visit));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child))
        child.forEach((s, i) => visit(s as { side: string }, [...path, key, i]));
      else walkSources(child, [...path, key], visit);
    }
  }
}

/** End not before start, and milestones within their project's span, with partial-date semantics. */
export function checkDates(report: Report, pack: Partial<PackData>): void {
  pack.projects?.projects.forEach((p, i) => {
    const { start, end } = p;
    if (start && end && !mayPrecede(start, end)) {
      report(
        'projects.json',
        ['projects', i, 'end'],
        `end "${end}" is before start "${start}" of project "${p.id}"`,
        'an end on or after the start',
      );
    }
    p.milestones.forEach((m, j) => {
      const path = ['projects', i, 'milestones', j, 'date'];
      const within = "a date within the project's start and end";
      if (start && !mayPrecede(start, m.date)) {
        report(
          'projects.json',
          path,
          `milestone "${m.date}" is before start "${start}" of project "${p.id}"`,
          within,
        );
      } else if (end && !mayPrecede(m.date, end)) {
        report(
          'projects.json',
          path,
          `milestone "${m.date}" is after end "${end}" of project "${p.id}"`,
          within,
        );
      }
    });
  });
  pack.events?.events.forEach((e, i) => {
    if (e.end && !mayPrecede(e.date, e.end)) {
      report(
        'events.json',
        ['events', i, 'end'],
        `end "${e.end}" is before date "${e.date}" of event "${e.id}"`,
        'an end on or after the date',
      );
    }
  });
}

/** One point per year in a series (a chart cannot show two), and flows say which way they go. */
export function checkTrade(report: Report, pack: Partial<PackData>): void {
  pack.trade?.series.forEach((s, i) => {
    const seen = new Map<number, number>();
    s.points.forEach((point, j) => {
      const earlier = seen.get(point.year);
      if (earlier === undefined) seen.set(point.year, j);
      else {
        const first = `$.series[${i}].points[${earlier}]`;
        report(
          'trade.json',
          ['series', i, 'points', j, 'year'],
          `year ${point.year} appears again in series "${s.id}", first at ${first}`,
          'one point per year',
        );
      }
    });
    if (s.measure === 'total') return;
    const missing = (['from', 'to'] as const).filter((key) => s[key] === undefined);
    if (missing.length > 0) {
      const fields = missing.map((key) => `"${key}"`).join(' and ');
      report(
        'trade.json',
        ['series', i],
        `series "${s.id}" measures ${s.measure} but has no ${fields}`,
        'the exporting country in "from" and the importing country in "to"',
      );
    }
  });
}

/** The views a slide may open, as a deck's author writes them (from the view registry). */
export const SLIDE_ROUTES = ((paths) => `${paths.slice(0, -1).join(', ')} or ${paths.at(-1)}`)(
  slidePaths(),
);

/**
 * What a slide's view opens: a plain view, a record of a kind, or nothing the app has (undefined).
 * Decks from a pack, a shared link or a file are all held to it.
 */
export function slideViewTarget(view: string): { kind?: keyof KnownIds; id?: string } | undefined {
  const target = viewAt(view);
  if (!target?.view.slide) return undefined;
  return target.view.record ? { kind: target.view.record, id: target.id } : {};
}

/** A slide must open a view the app has, and a record view must name a record of the pack. */
export function checkDecks(report: Report, pack: Partial<PackData>, ids: KnownIds): void {
  pack.decks?.decks.forEach((deck, d) => {
    deck.slides.forEach((slide, s) => {
      const path = ['decks', d, 'slides', s, 'view'];
      const target = slideViewTarget(slide.view);
      const { kind, id = '' } = target ?? {};
      if (!target) {
        report('decks.json', path, `unknown view "${slide.view}"`, `one of ${SLIDE_ROUTES}`);
      } else if (kind && ids[kind] && !ids[kind].has(id)) {
        report(
          'decks.json',
          path,
          `unknown ${kind} "${id}" in view "${slide.view}"`,
          `an id from ${RECORD_KINDS[kind]}`,
        );
      }
    });
  });
}

/** The app finds a pack by its folder, and links carry the id: the two must agree. */
export function checkFolder(
  report: Report,
  pack: Partial<PackData>,
  folder: string | undefined,
): void {
  if (pack.meta && folder !== undefined && pack.meta.id !== folder) {
    report(
      'pack.json',
      ['id'],
      `pack id "${pack.meta.id}" does not match its folder "${folder}"`,
      'the name of the folder under data/',
    );
  }
}
