import { useId, useRef, type RefObject } from 'react';
import type { FacetKey, ProjectFilters } from '@/filters/projects/project-filters';
import { facetLegend, type FacetOptions } from '@/filters/projects/to-facet-options';
import type { FacetCounts } from '@/filters/projects/to-project-results';
import { useUrlDraft } from '@/filters/projects/use-url-draft';
import { MAX_QUERY_LENGTH } from '@/filters/url-state';
import { useT } from '@/i18n/use-t';

interface Props {
  filters: ProjectFilters;
  options: FacetOptions;
  counts: FacetCounts;
  searchRef: RefObject<HTMLInputElement | null>;
  onChange: (change: Partial<ProjectFilters>) => void;
  onClear: (() => void) | null;
}

const FACETS: FacetKey[] = ['sector', 'status', 'state'];

/**
 * The Projects filters in a compact bar: search, then each facet folded into a disclosure with
 * checkboxes and live counts. Same URL parameters as the Projects view.
 */
export function MapFilterBar({ filters, options, counts, searchRef, onChange, onClear }: Props) {
  const searchId = useId();
  const [draft, update] = useUrlDraft(filters.q);
  const { t } = useT();
  return (
    <div className="map-filters" role="search" aria-label={t('map.filters.label')}>
      <div className="map-filters__search">
        <label htmlFor={searchId}>{t('map.filters.search')}</label>
        <input
          id={searchId}
          ref={searchRef}
          type="search"
          value={draft}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('map.filters.placeholder')}
          onChange={(event) => {
            const text = event.currentTarget.value;
            update(text, text.trim());
            onChange({ q: text });
          }}
        />
      </div>
      {FACETS.map((facet) => (
        <FacetMenu
          key={facet}
          legend={facetLegend(facet)}
          options={options[facet]}
          chosen={filters[facet]}
          counts={counts[facet]}
          onChange={(chosen) => onChange({ [facet]: chosen })}
        />
      ))}
      {onClear && (
        <button type="button" className="button button--quiet map-filters__clear" onClick={onClear}>
          {t('map.filters.clear')}
        </button>
      )}
    </div>
  );
}

interface MenuProps {
  legend: string;
  options: FacetOptions[FacetKey];
  chosen: readonly string[];
  counts: ReadonlyMap<string, number>;
  onChange: (chosen: string[]) => void;
}

/** One facet folded into a native disclosure: Tab, Enter and Space are all a keyboard needs. */
function FacetMenu({ legend, options, chosen, counts, onChange }: MenuProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(options.map((o) => o.id).filter((o) => (o === id ? on : chosen.includes(o))));
  const ref = useRef<HTMLDetailsElement>(null);
  const { t, locale } = useT();
  return (
    <details
      ref={ref}
      className="map-facet"
      onKeyDown={(event) => {
        // The list floats over the map; Escape folds it and returns to its button.
        if (event.key !== 'Escape' || !ref.current?.open) return;
        ref.current.open = false;
        ref.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="map-facet__summary">
        {legend}
        {chosen.length > 0 && (
          <span className="map-facet__chosen">
            {t('map.filters.chosen', { count: chosen.length.toLocaleString(locale) })}
          </span>
        )}
      </summary>
      <fieldset className="map-facet__panel">
        <legend className="visually-hidden">{legend}</legend>
        <ul className="map-facet__options">
          {options.map((option) => {
            const count = counts.get(option.id) ?? 0;
            return (
              <li key={option.id}>
                <label className={count === 0 ? 'map-facet__option--none' : undefined}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(option.id)}
                    onChange={(event) => toggle(option.id, event.currentTarget.checked)}
                  />{' '}
                  <span lang={option.lang}>{option.label}</span>{' '}
                  <span className="map-facet__count">({count.toLocaleString(locale)})</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </details>
  );
}
