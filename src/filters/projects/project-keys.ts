import type { ProjectRecord, ProjectStatusId } from '@/data/schema';
import { extent } from '@/lib/large-arrays';
import { startOf } from '@/lib/partial-date';
import { textOf } from '@/lib/text';
import type { PROJECT_FILTER_SPEC } from '@/registry/filter-specs';
import type { FacetParam, ListIndex } from '../apply-filters';
import { facetColumn } from '../facet-columns';
import type { SortId } from './project-filters';
import { slugOf } from './slug';

/** A project in one of these states has stopped: without an end date, its last milestone ends it. */
const STOPPED: ReadonlySet<ProjectStatusId> = new Set(['completed', 'cancelled', 'suspended']);

/** The year of a schema-checked partial date ("2017", "2017-06", "2017-06-24"). */
const yearIn = (date: string) => Number(date.slice(0, 4));

/**
 * First and last year the project is active: start (or its earliest dated step) to end; a project
 * still running has no last year (`Infinity`); a stopped one ends with its last milestone.
 * Null for a project without any date.
 */
export function spanOf(project: ProjectRecord): readonly [number, number] | null {
  const years = [project.start, project.end, ...project.milestones.map((m) => m.date)]
    .filter((d): d is string => d !== undefined)
    .map(yearIn);
  const bounds = extent(years);
  if (!bounds) return null;
  const first = project.start ? yearIn(project.start) : bounds[0];
  const last = project.end
    ? yearIn(project.end)
    : STOPPED.has(project.status)
      ? bounds[1]
      : Number.POSITIVE_INFINITY;
  return [first, Math.max(first, last)];
}

// Place names repeat across many projects; their slugs are worked out once each.
const slugs = new Map<string, string>();

/** The state or province of a place, or its name where none is given, as a URL id. */
export function placeKey(place: { name: string; state?: string }): string {
  const name = place.state ?? place.name;
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size > 50_000) slugs.clear();
    slugs.set(name, (slug = slugOf(name)));
  }
  return slug;
}

const FACET_VALUES: Record<
  FacetParam<typeof PROJECT_FILTER_SPEC>,
  (p: ProjectRecord) => (string | undefined)[]
> = {
  sector: (p) => p.sectors,
  status: (p) => [p.status],
  country: (p) => p.partners.map((x) => x.country),
  state: (p) => p.places.map(placeKey),
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Orders indices by a key; projects without one go last, ties keep the name order. */
function orderBy(
  byName: readonly number[],
  compare: (a: number, b: number) => number,
  has: (i: number) => boolean,
): number[] {
  const rank = new Int32Array(byName.length);
  byName.forEach((index, position) => (rank[index] = position));
  return [...byName].sort((a, b) => {
    const missing = Number(!has(a)) - Number(!has(b));
    if (missing !== 0) return missing;
    return (has(a) ? compare(a, b) : 0) || rank[a]! - rank[b]!;
  });
}

interface ProjectIndex extends ListIndex<typeof PROJECT_FILTER_SPEC> {
  /** First and last active year per project; NaN for a project without dates. */
  firstYear: Float64Array;
  lastYear: Float64Array;
  /** Project indices in each sort order, computed on first use. */
  order(sort: SortId): readonly number[];
}

const cache = new WeakMap<readonly ProjectRecord[], ProjectIndex>();

/**
 * What filtering needs to know about the projects, worked out once per projects array (the
 * pack's file is immutable) so that a filter change is one pass over typed arrays: this must
 * stay smooth at 100,000 projects.
 */
export function projectIndex(projects: readonly ProjectRecord[]): ProjectIndex {
  const cached = cache.get(projects);
  if (cached) return cached;
  const firstYear = new Float64Array(projects.length).fill(Number.NaN);
  const lastYear = new Float64Array(projects.length).fill(Number.NaN);
  projects.forEach((project, i) => {
    const span = spanOf(project);
    if (span) [firstYear[i], lastYear[i]] = span;
  });
  const orders = new Map<SortId, readonly number[]>();
  const byName = () => {
    if (!orders.has('name')) {
      const names = projects.map((p) => textOf(p.name));
      orders.set(
        'name',
        projects.map((_, i) => i).sort((a, b) => collator.compare(names[a]!, names[b]!) || a - b),
      );
    }
    return orders.get('name')!;
  };
  const starts = () => projects.map((p) => (p.start ? startOf(p.start) : Number.NaN));
  const build: Record<SortId, () => readonly number[]> = {
    name: byName,
    start: () => {
      const start = starts();
      return orderBy(
        byName(),
        (a, b) => start[a]! - start[b]!,
        (i) => !Number.isNaN(start[i]!),
      );
    },
    // Amounts in different currencies cannot be compared: group by currency, largest first within.
    value: () => {
      const main = projects.map((p) => p.value?.main);
      return orderBy(
        byName(),
        (a, b) =>
          main[a]!.currency.localeCompare(main[b]!.currency) || main[b]!.amount - main[a]!.amount,
        (i) => main[i] !== undefined,
      );
    },
  };
  const column = (param: keyof typeof FACET_VALUES) => facetColumn(projects, FACET_VALUES[param]);
  const index: ProjectIndex = {
    size: projects.length,
    facets: {
      sector: column('sector'),
      status: column('status'),
      country: column('country'),
      state: column('state'),
    },
    firstYear,
    lastYear,
    order(sort) {
      if (!orders.has(sort)) orders.set(sort, build[sort]());
      return orders.get(sort)!;
    },
  };
  cache.set(projects, index);
  return index;
}
