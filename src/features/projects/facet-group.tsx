import type { FacetOption } from '@/filters/projects/to-facet-options';
import { useT } from '@/i18n/use-t';

interface Props {
  legend: string;
  options: readonly FacetOption[];
  chosen: readonly string[];
  /** How many projects each value would give, given the other filters. */
  counts: ReadonlyMap<string, number>;
  onChange: (chosen: string[]) => void;
}

/** One facet: native checkboxes in a fieldset, so Tab and Space are all a keyboard needs. */
export function FacetGroup({ legend, options, chosen, counts, onChange }: Props) {
  const { t, locale } = useT();
  const toggle = (id: string, on: boolean) =>
    // Keep the options' order in the URL, whatever order they were ticked in.
    onChange(options.map((o) => o.id).filter((o) => (o === id ? on : chosen.includes(o))));
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      <ul className="facet__options">
        {options.map((option) => {
          const count = counts.get(option.id) ?? 0;
          const checked = chosen.includes(option.id);
          return (
            <li key={option.id}>
              <label
                className={
                  count === 0 && !checked ? 'facet__option facet__option--none' : 'facet__option'
                }
              >
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={(event) => toggle(option.id, event.currentTarget.checked)}
                />
                <span className="facet__label">
                  <span lang={option.lang}>{option.label}</span>
                  <span className="visually-hidden">,</span>
                </span>{' '}
                <span className="facet__count">
                  {/* The space stays outside the hidden span: name computation drops it inside. */}
                  {count.toLocaleString(locale)}{' '}
                  <span className="visually-hidden">
                    {t('projects.facets.countWord', { count })}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
