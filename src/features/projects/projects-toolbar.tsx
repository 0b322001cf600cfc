import { useId, type RefObject } from 'react';
import { MAX_QUERY_LENGTH } from '../../filters/url-state';
import type { SortId } from '../../filters/projects/project-filters';
import { useUrlDraft } from '../../filters/projects/use-url-draft';

const SORT_LABELS: Record<SortId, string> = {
  name: 'Name (A–Z)',
  start: 'Start year (earliest first)',
  value: 'Value (by currency, largest first)',
};

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
  return (
    <div className="projects-toolbar" role="search" aria-label="Search and sort projects">
      <div className="projects-toolbar__search">
        <label htmlFor={searchId}>Search projects</label>
        <input
          id={searchId}
          ref={searchRef}
          type="search"
          value={draft}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          placeholder="Name, partner, place…"
          onChange={(event) => {
            const text = event.currentTarget.value;
            update(text, text.trim());
            onQuery(text);
          }}
        />
      </div>
      <div className="projects-toolbar__sort">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          value={sort}
          aria-describedby={sort === 'value' ? noteId : undefined}
          onChange={(event) => onSort(event.currentTarget.value as SortId)}
        >
          {(Object.keys(SORT_LABELS) as SortId[]).map((id) => (
            <option key={id} value={id}>
              {SORT_LABELS[id]}
            </option>
          ))}
        </select>
        {sort === 'value' && (
          <p className="projects-toolbar__note" id={noteId}>
            Values in different currencies cannot be compared, so projects are grouped by currency
            {currencies.length > 1 ? ` (${currencies.join(', then ')})` : ''}, each group largest
            first; projects without a value come last.
          </p>
        )}
      </div>
    </div>
  );
}
