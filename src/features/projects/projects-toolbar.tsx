import type { Ref } from 'react';
import { SearchBox } from '@/components/filters/search-box';
import { SortSelect } from '@/components/filters/sort-select';
import type { SortId } from '@/filters/projects/project-filters';
import { useT } from '@/i18n/use-t';

const SORTS: readonly SortId[] = ['name', 'start', 'value'];

interface Props {
  query: string;
  sort: SortId;
  /** Currencies of the values, in the order the value sort groups them. */
  currencies: string[];
  searchRef: Ref<HTMLInputElement>;
  onQuery: (query: string) => void;
  onSort: (sort: SortId) => void;
}

/** Free-text search and sort order; the search writes to the URL as the reader types. */
export function ProjectsToolbar({ query, sort, currencies, searchRef, onQuery, onSort }: Props) {
  const { t } = useT();
  // "USD, then MYR, then CNY": the order the value sort groups them in.
  const order = currencies.reduce(
    (before, next) => (before ? t('projects.toolbar.currencyThen', { before, next }) : next),
    '',
  );
  return (
    <div className="projects-toolbar" role="search" aria-label={t('projects.toolbar.label')}>
      <SearchBox
        label={t('projects.toolbar.search')}
        hint={t('projects.toolbar.hint')}
        value={query}
        inputRef={searchRef}
        onChange={onQuery}
      />
      <SortSelect
        label={t('projects.toolbar.sortBy')}
        options={SORTS.map((id) => ({ id, label: t(`projects.toolbar.sort.${id}`) }))}
        value={sort}
        onChange={onSort}
        note={
          sort !== 'value'
            ? undefined
            : currencies.length > 1
              ? t('projects.toolbar.valueNoteOrdered', { order })
              : t('projects.toolbar.valueNote')
        }
      />
    </div>
  );
}
