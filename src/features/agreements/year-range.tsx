import { useId } from 'react';
import { useT } from '@/i18n/use-t';

/**
 * From and to years as selects of the years that have agreements: no half-typed year ever
 * reaches the URL, and a phone shows its own picker. A year from the URL that has no agreement
 * is still offered, so the control always shows what the URL says.
 */
export function YearRange({
  years,
  from,
  to,
  onChange,
}: {
  years: number[];
  from: number | undefined;
  to: number | undefined;
  onChange: (change: { from?: number | undefined; to?: number | undefined }) => void;
}) {
  const { t } = useT();
  const fromId = useId();
  const toId = useId();
  const options = [...new Set([...years, ...[from, to].filter((y) => y !== undefined)])].sort(
    (a, b) => a - b,
  );
  const parse = (value: string) => (value === '' ? undefined : Number(value));
  return (
    <fieldset className="agreement-facet">
      <legend className="agreement-facet__legend">{t('agreements.facets.year')}</legend>
      <div className="agreement-years">
        <label htmlFor={fromId}>{t('agreements.facets.from')}</label>
        <select
          id={fromId}
          value={from ?? ''}
          onChange={(event) => onChange({ from: parse(event.target.value) })}
        >
          <option value="">{t('agreements.facets.anyYear')}</option>
          {options.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>{t('agreements.facets.to')}</label>
        <select
          id={toId}
          value={to ?? ''}
          onChange={(event) => onChange({ to: parse(event.target.value) })}
        >
          <option value="">{t('agreements.facets.anyYear')}</option>
          {options.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
