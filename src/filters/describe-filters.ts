import type { MessageId } from '@/i18n/message-id';
import type { FilterSpec } from '@/registry/filter-specs';
import { yearRange } from './apply-filters';
import { facetName, type FilterLanguage } from './filter-words';
import type { FilterState } from './url-state';
import type { VocabularyEntry } from './vocabularies';

const SORT_WORDS: Readonly<Record<string, MessageId>> = {
  name: 'filters.sort.name',
  start: 'filters.sort.start',
  value: 'filters.sort.value',
  date: 'filters.sort.date',
  oldest: 'filters.sort.oldest',
  title: 'filters.sort.title',
};

interface DescribeOptions {
  /** Say a sort order other than the default: on a slide, not beside the list that shows it. */
  sort?: boolean;
}

/** "kuala-lumpur" → "Kuala Lumpur": for an id whose vocabulary is not at hand. */
function humanise(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * A list's filters in words, one line per filter, for a slide's caption, a folded phone panel or
 * a summary over the list: `sector=automotive&from=2024` → ["Sector: Automotive", "Active in or
 * after 2024"]. Only what the spec reads is said, with the names its controls show; years stay
 * plain digits, and a reversed range is said the right way round, as the list reads it.
 */
export function describeFilters<S extends FilterSpec>(
  spec: S,
  state: FilterState<S>,
  vocabularies: Readonly<Partial<Record<string, readonly VocabularyEntry[] | null>>>,
  { t, locale }: FilterLanguage,
  options: DescribeOptions = {},
): string[] {
  const values = state as Record<string, unknown>;
  const or = new Intl.ListFormat(locale, { type: 'disjunction' });
  const lines: string[] = [];
  for (const field of spec) {
    if (field.kind === 'facet') {
      const ids = values[field.param] as string[];
      if (ids.length === 0) continue;
      const entries = vocabularies[field.param];
      const labels = ids.map((id) => entries?.find((e) => e.id === id)?.label ?? humanise(id));
      lines.push(t('filters.line', { name: facetName(field, t), values: or.format(labels) }));
    } else if (field.kind === 'years') {
      const range = yearRange(values[field.from] as number, values[field.to] as number);
      if (!range) continue;
      const [from, to] = range.map(String) as [string, string];
      const words = `filters.years.${field.means}` as const;
      if (from === to) lines.push(t(`${words}.in`, { year: from }));
      else if (Number.isFinite(range[0]) && Number.isFinite(range[1]))
        lines.push(t(`${words}.between`, { from, to }));
      else if (Number.isFinite(range[0])) lines.push(t(`${words}.from`, { from }));
      else lines.push(t(`${words}.to`, { to }));
    } else if (field.kind === 'search') {
      const query = (values[field.param] as string).trim();
      if (query) lines.push(t('filters.search', { query }));
    } else if (field.kind === 'sort') {
      const sort = values[field.param] as string;
      if (options.sort && sort !== field.default && Object.hasOwn(SORT_WORDS, sort))
        lines.push(t(SORT_WORDS[sort]!));
    } else if (field.kind === 'tables') {
      if ((values[field.param] as string[]).length > 0) lines.push(t('filters.tables'));
    }
  }
  return lines;
}
