import { labelOfKnown } from '@/data/labels';
import { currentLanguage, t } from '@/i18n/i18n';
import { INTL_LOCALES } from '@/i18n/languages';
import type { MessageId } from '@/i18n/message-id';
import { trimChar } from '@/lib/trim-char';

/** Names the words come from: the pack's sectors and countries, by id. */
export interface FilterLookups {
  sectors: Readonly<Record<string, string>>;
  countries: Readonly<Record<string, string>>;
}

/** What the timeline's `kind` can hold besides event categories. */
const ITEM_KINDS: Record<string, MessageId> = {
  event: 'filters.kind.event',
  agreement: 'filters.kind.agreement',
  milestone: 'filters.kind.milestone',
};

/** Sort orders in words, per view; a view's default order is not written in the URL. */
const SORTS: Record<string, Record<string, MessageId>> = {
  projects: {
    name: 'filters.sort.projects.name',
    start: 'filters.sort.projects.start',
    value: 'filters.sort.projects.value',
  },
  agreements: {
    date: 'filters.sort.agreements.date',
    oldest: 'filters.sort.agreements.oldest',
    title: 'filters.sort.agreements.title',
  },
};

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

function yearsLine(from: string | undefined, to: string | undefined): string | undefined {
  if (from && to)
    return from === to
      ? t('filters.years.in', { year: from })
      : t('filters.years.between', { from, to });
  if (from) return t('filters.years.from', { from });
  if (to) return t('filters.years.to', { to });
  return undefined;
}

/**
 * The filters of a view's query string in words, one line per filter, for a slide or a caption:
 * `sector=automotive&from=2024` → ["Sector: Automotive", "From 2024"], in the current language
 * (call it while rendering a component that uses `useT`). Unknown parameters and values are left
 * out, as the views themselves ignore them; pack, lang and theme are settings, not filters.
 */
export function describeFilters(
  viewPath: string,
  query: string | URLSearchParams,
  lookups: FilterLookups,
): string[] {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  // Sort orders belong to list views; a record page keeps them only to step through the list.
  const view = trimChar(viewPath, '/');
  const or = new Intl.ListFormat(INTL_LOCALES[currentLanguage()], { type: 'disjunction' });
  const lines: string[] = [];
  const facet = (key: string, name: MessageId, label: (id: string) => string | undefined) => {
    const words = listOf(params.get(key), label);
    if (words.length) lines.push(t('filters.line', { name: t(name), values: or.format(words) }));
  };
  facet('kind', 'filters.facet.kind', (id) => {
    const kind = labelIn(ITEM_KINDS, id);
    return kind ? t(kind) : labelOfKnown('eventCategory', id, t);
  });
  facet('category', 'filters.facet.category', (id) => labelOfKnown('eventCategory', id, t));
  facet('type', 'filters.facet.type', (id) => labelOfKnown('agreementType', id, t));
  facet('sector', 'filters.facet.sector', (id) => labelIn(lookups.sectors, id));
  facet('status', 'filters.facet.status', (id) => labelOfKnown('status', id, t));
  facet('country', 'filters.facet.country', (id) => labelIn(lookups.countries, id));
  facet('party', 'filters.facet.party', (id) => labelIn(lookups.countries, id));
  facet('state', 'filters.facet.state', humanise);

  const years = yearsLine(year(params.get('from')), year(params.get('to')));
  if (years) lines.push(years);

  const q = params.get('q')?.trim();
  if (q) lines.push(t('filters.search', { query: q.slice(0, 200) }));
  const sorts = labelIn(SORTS, view);
  const sort = sorts && labelIn(sorts, params.get('sort') ?? '');
  if (sort) lines.push(t(sort));
  if (listOf(params.get('table'), (id) => id).length) lines.push(t('filters.tables'));
  return lines;
}

/** Own keys only: an id such as "constructor" from a URL must not reach Object.prototype. */
function labelIn<T>(labels: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(labels, id) ? labels[id] : undefined;
}
