import type { ReactNode } from 'react';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import './filters.css';

/** One value a facet offers. */
interface FacetChoice {
  /** The id written in the URL. */
  id: string;
  label: string;
  /** `lang` of the label when it is a pack text shown in English in another language. */
  lang?: string;
  /** A mark shown before the label (hidden from screen readers: the label says it all). */
  icon?: ReactNode;
  /** Said instead of the count, for a value whose records could not be loaded. */
  note?: string;
}

interface Props {
  /** The facet's name: the fieldset's legend, so the group is read as "Sector, group". */
  legend: string;
  /** Keep the legend for screen readers only, where a disclosure's summary already shows it. */
  hideLegend?: boolean;
  choices: readonly FacetChoice[];
  chosen: readonly string[];
  /** How many records each value would give, given the other filters; missing means 0. */
  counts: ReadonlyMap<string, number>;
  onChange: (chosen: string[]) => void;
  /** Values one under another (a side panel) or side by side (a bar). */
  layout?: 'column' | 'row';
}

/**
 * One facet as native checkboxes in a fieldset: Tab and Space are all a keyboard needs, and each
 * box is named by its label as shown, "Automotive (6)", in every browser. A chosen value with no
 * match stays ticked with its 0, so the reader sees why the list is empty and can untick it.
 */
export function FacetGroup({
  legend,
  hideLegend = false,
  choices,
  chosen,
  counts,
  onChange,
  layout = 'column',
}: Props) {
  const { locale } = useT();
  const toggle = (id: string, on: boolean) =>
    // The choices' order in the URL, whatever order they were ticked in.
    onChange(choices.map((c) => c.id).filter((c) => (c === id ? on : chosen.includes(c))));
  return (
    <fieldset className={`facet-group facet-group--${layout}`}>
      <legend className={hideLegend ? 'visually-hidden' : 'facet-group__legend'}>{legend}</legend>
      <ul className="facet-group__options">
        {choices.map((choice) => {
          const count = counts.get(choice.id) ?? 0;
          const checked = chosen.includes(choice.id);
          const none = count === 0 && !checked;
          return (
            <li key={choice.id}>
              <label
                className={
                  none ? 'facet-group__option facet-group__option--none' : 'facet-group__option'
                }
              >
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={(event) => toggle(choice.id, event.currentTarget.checked)}
                />
                {choice.icon}
                <span className="facet-group__label" lang={choice.lang}>
                  {choice.label}
                </span>{' '}
                <span className="facet-group__count">
                  ({choice.note ?? formatNumber(count, locale)})
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
