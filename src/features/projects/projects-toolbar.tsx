import { useId, type RefObject } from 'react';
import { MAX_QUERY_LENGTH } from '@/filters/url-state';
import type { SortId } from '@/filters/projects/project-filters';
import { useUrlDraft } from '@/filters/projects/use-url-draft';
import { useT } from '@/i18n/use-t';

const SORTS: readonly SortId[] = ['name', 'start', 'value'];

interface Props {
  query: string;
  sort: SortId;
  /** Currencies of the values, in the order the value sort groups them. */
  currencies: string[];
  searchRef: RefObject<HTMLInputElement | null>;
  onQuery: (query: string) => void;
  onSort: (sort: SortId) => void;
}

/** Free-text search and sort order; the search writes to the URL as the reader types. */
export function ProjectsToolbar({ query, sort, currencies, searchRef, onQuery, onSort }: Props) {
  const searchId = useId();
  const sortId = useId();
  const noteId = useId();
  const [draft, update] = useUrlDraft(query);
  const { t } = useT();
  // "USD, then MYR, then CNY": the order the value sort groups them in.
  const order = currencies.reduce(
    (before, next) => (before ? t('projects.toolbar.currencyThen', { before, next }) : next),
    '',
  );
  return (
    <div className="projects-toolbar" role="search" aria-label={t('projects.toolbar.label')}>
      <div className="projects-toolbar__search">
        <label htmlFor={searchId}>{t('projects.toolbar.search')}</label>
        <input
          id={searchId}
          ref={searchRef}
          type="search"
          value={draft}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('projects.toolbar.placeholder')}
          onChange={(event) => {
            const text = event.currentTarget.value;
            update(text, text.trim());
            onQuery(text);
          }}
        />
      </div>
      <div className="projects-toolbar__sort">
        <label htmlFor={sortId}>{t('projects.toolbar.sortBy')}</label>
        <select
          id={sortId}
          value={sort}
          aria-describedby={sort === 'value' ? noteId : undefined}
          onChange={(event) => onSort(event.currentTarget.value as SortId)}
        >
          {SORTS.map((id) => (
            <option key={id} value={id}>
              {t(`projects.toolbar.sort.${id}`)}
            </option>
          ))}
        </select>
        {sort === 'value' && (
          <p className="projects-toolbar__note" id={noteId}>
            {currencies.length > 1
              ? t('projects.toolbar.valueNoteOrdered', { order })
              : t('projects.toolbar.valueNote')}
          </p>
        )}
      </div>
    </div>
  );
}
