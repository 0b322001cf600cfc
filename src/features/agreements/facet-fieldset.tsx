import { useT } from '@/i18n/use-t';

export interface FacetOption {
  id: string;
  label: string;
  count: number;
  /** `lang` of the label when it is a pack text shown in English in another language. */
  lang?: string;
}

/**
 * One facet as native checkboxes in a fieldset: operable by keyboard (Tab, Space) and read as
 * "MoU, 12 agreements, checkbox". A value with no match stays listed (count 0) so that the list
 * of choices does not jump while the reader works through it.
 */
export function FacetFieldset({
  legend,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  options: FacetOption[];
  chosen: string[];
  onChange: (next: string[]) => void;
}) {
  const { t, locale } = useT();
  if (options.length === 0) return null;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen, id] : chosen.filter((value) => value !== id));
  return (
    <fieldset className="agreement-facet">
      <legend className="agreement-facet__legend">{legend}</legend>
      <ul className="agreement-facet__options">
        {options.map((option) => (
          <li key={option.id}>
            <label
              className={
                option.count === 0
                  ? 'agreement-facet__option agreement-facet__option--none'
                  : 'agreement-facet__option'
              }
            >
              <input
                type="checkbox"
                checked={chosen.includes(option.id)}
                onChange={(event) => toggle(option.id, event.target.checked)}
                // One name in every browser ("MoU, 12 agreements"), starting with the visible label.
                aria-label={t('agreements.facets.option', {
                  label: option.label,
                  count: option.count,
                })}
              />
              <span className="agreement-facet__label" aria-hidden="true" lang={option.lang}>
                {option.label}
              </span>
              <span className="agreement-facet__count" aria-hidden="true">
                {option.count.toLocaleString(locale)}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
