import { useId } from 'react';
import { useT } from '@/i18n/use-t';
import './filters.css';

interface Props {
  /** What the years are years of: "Active in years", "Year". */
  legend: string;
  /** The chosen years, either end open (undefined). */
  range: { from: number | undefined; to: number | undefined };
  /** The first and last year of the list's records, the years offered; null when none is dated. */
  bounds: readonly [number, number] | null;
  onChange: (range: { from: number | undefined; to: number | undefined }) => void;
}

/**
 * From and to years as two selects: no half-typed year ever reaches the URL, and a phone shows
 * its own picker. Either end may stay open ("Earliest", "Latest"); a year from the URL outside
 * the list's years is still offered, so the control always shows what the URL says. A reversed
 * pair is kept as chosen: every list reads it as the years between.
 */
export function YearRange({ legend, range, bounds, onChange }: Props) {
  const { from, to } = range;
  const { t } = useT();
  const fromId = useId();
  const toId = useId();
  const years = new Set<number>();
  if (bounds) for (let year = bounds[0]; year <= bounds[1]; year++) years.add(year);
  for (const year of [from, to]) if (year !== undefined) years.add(year);
  const options = [...years].sort((a, b) => a - b);
  const parse = (value: string) => (value === '' ? undefined : Number(value));
  const open = (end: 'earliest' | 'latest', year: number | undefined) =>
    year === undefined ? t('filters.years.any') : t(`filters.years.${end}`, { year: String(year) });
  const select = (
    id: string,
    value: number | undefined,
    empty: string,
    set: (year?: number) => void,
  ) => (
    <select id={id} value={value ?? ''} onChange={(event) => set(parse(event.currentTarget.value))}>
      <option value="">{empty}</option>
      {options.map((year) => (
        // Plain digits: a year is not a quantity ("2,024").
        <option key={year} value={year}>
          {String(year)}
        </option>
      ))}
    </select>
  );
  return (
    <fieldset className="year-range">
      <legend className="facet-group__legend">{legend}</legend>
      <div className="year-range__fields">
        <label htmlFor={fromId}>{t('filters.years.from')}</label>
        {select(fromId, from, open('earliest', bounds?.[0]), (year) =>
          onChange({ from: year, to }),
        )}
        <label htmlFor={toId}>{t('filters.years.to')}</label>
        {select(toId, to, open('latest', bounds?.[1]), (year) => onChange({ from, to: year }))}
      </div>
    </fieldset>
  );
}
