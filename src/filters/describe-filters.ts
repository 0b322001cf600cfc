import { labelOfKnown } from '../data/labels';

/** Names the words come from: the pack's sectors and countries, by id. */
export interface FilterLookups {
  sectors: Readonly<Record<string, string>>;
  countries: Readonly<Record<string, string>>;
}

/** What the timeline's `kind` can hold besides event categories. */
const ITEM_KIND_LABELS: Record<string, string> = {
  event: 'Events',
  agreement: 'Agreements',
  milestone: 'Project milestones',
};

/** Sort orders in words, per view; a view's default order is not written in the URL. */
const SORT_LABELS: Record<string, Record<string, string>> = {
  projects: { name: 'by name', start: 'by start year', value: 'by value' },
  agreements: { date: 'newest first', oldest: 'oldest first', title: 'by title' },
};

const or = new Intl.ListFormat('en', { type: 'disjunction' });

/** "kuala-lumpur" → "Kuala Lumpur": a state id is a slug of its name. */
function humanise(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function listOf(raw: string | null, label: (id: string) => string | undefined): string[] {
  if (!raw) return [];
  const ids = [...new Set(raw.split(',').map((id) => id.trim()))].filter(Boolean);
  return ids.map(label).filter((word): word is string => word !== undefined);
}

function year(raw: string | null): string | undefined {
  const text = raw?.trim() ?? '';
  return /^\d{4}$/.test(text) ? text : undefined;
}

/**
 * The filters of a view's query string in words, one line per filter, for a slide or a caption:
 * `sector=automotive&from=2024` → ["Sector: Automotive", "From 2024"]. Unknown parameters and
 * values are left out, as the views themselves ignore them; pack, lang and theme are settings,
 * not filters.
 */
export function describeFilters(
  viewPath: string,
  query: string | URLSearchParams,
  lookups: FilterLookups,
): string[] {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  // Sort orders belong to list views; a record page keeps them only to step through the list.
  const view = viewPath.replace(/^\/+|\/+$/g, '');
  const lines: string[] = [];
  const facet = (key: string, name: string, label: (id: string) => string | undefined) => {
    const words = listOf(params.get(key), label);
    if (words.length) lines.push(`${name}: ${or.format(words)}`);
  };
  facet(
    'kind',
    'Showing',
    (id) => labelIn(ITEM_KIND_LABELS, id) ?? labelOfKnown('eventCategory', id),
  );
  facet('category', 'Category', (id) => labelOfKnown('eventCategory', id));
  facet('type', 'Type', (id) => labelOfKnown('agreementType', id));
  facet('sector', 'Sector', (id) => labelIn(lookups.sectors, id));
  facet('status', 'Status', (id) => labelOfKnown('status', id));
  facet('country', 'Country', (id) => labelIn(lookups.countries, id));
  facet('party', 'Party', (id) => labelIn(lookups.countries, id));
  facet('state', 'State', humanise);

  const from = year(params.get('from'));
  const to = year(params.get('to'));
  if (from && to) lines.push(from === to ? `In ${from}` : `From ${from} to ${to}`);
  else if (from) lines.push(`From ${from}`);
  else if (to) lines.push(`Up to ${to}`);

  const q = params.get('q')?.trim();
  if (q) lines.push(`Search: “${q.slice(0, 200)}”`);
  const sorts = labelIn(SORT_LABELS, view);
  const sort = sorts && labelIn(sorts, params.get('sort') ?? '');
  if (sort) lines.push(`Sorted ${sort}`);
  if (listOf(params.get('table'), (id) => id).length) lines.push('Charts shown as tables');
  return lines;
}

/** Own keys only: an id such as "constructor" from a URL must not reach Object.prototype. */
function labelIn<T>(labels: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(labels, id) ? labels[id] : undefined;
}
