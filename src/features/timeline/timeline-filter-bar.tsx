import { useId, useState } from 'react';
import { useT } from '@/i18n/use-t';
import { KindShape } from './kind-shape';
import { ITEM_KINDS, kindsLabel, type TimelineFilters, type YearRange } from './timeline-filters';
import type { FacetCounts } from './to-timeline-items';

interface Props {
  filters: TimelineFilters;
  counts: FacetCounts;
  /** Sector names in the reader's language, with `lang` where English stands in. */
  sectors: { id: string; name: string; lang?: string }[];
  extent: YearRange;
  /** Kinds whose file could not be loaded: their box says so. */
  unavailable: string[];
  onChange: (change: Partial<TimelineFilters>) => void;
}

function toggle(list: string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** Kind, sector and years, each with the number of items it would show. */
export function TimelineFilterBar({
  filters,
  counts,
  sectors,
  extent,
  unavailable,
  onChange,
}: Props) {
  const { t, locale } = useT();
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const [sectorsOpen, setSectorsOpen] = useState(filters.sector.length > 0);
  const years: number[] = [];
  for (let y = extent.from; y <= extent.to; y++) years.push(y);
  const yearOptions = (chosen: number | undefined) =>
    chosen !== undefined && !years.includes(chosen) ? [chosen, ...years] : years;
  const kindCount = (kind: string) =>
    unavailable.includes(kind)
      ? t('timeline.filters.notLoaded')
      : (counts.kinds.get(kind) ?? 0).toLocaleString(locale);
  const filtered =
    filters.kind.length > 0 ||
    filters.sector.length > 0 ||
    filters.from !== undefined ||
    filters.to !== undefined;

  return (
    <section className="tl-filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('timeline.filters.heading')}
      </h2>
      <fieldset className="tl-filters__group">
        <legend>{t('timeline.filters.show')}</legend>
        {ITEM_KINDS.map((kind) => (
          <label key={kind} className="tl-check">
            <input
              type="checkbox"
              checked={filters.kind.includes(kind)}
              onChange={() => onChange({ kind: toggle(filters.kind, kind) })}
            />
            <KindShape kind={kind} /> {kindsLabel(kind)}{' '}
            <span className="count">({kindCount(kind)})</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="tl-filters__group tl-filters__years">
        <legend>{t('timeline.filters.years')}</legend>
        <label htmlFor={fromId}>{t('timeline.filters.from')}</label>
        <select
          id={fromId}
          value={filters.from ?? ''}
          onChange={(e) => {
            const from = e.target.value ? Number(e.target.value) : undefined;
            const keepTo = from === undefined || filters.to === undefined || filters.to >= from;
            onChange({ from, to: keepTo ? filters.to : undefined });
          }}
        >
          <option value="">{t('timeline.filters.first', { year: extent.from })}</option>
          {yearOptions(filters.from).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>{t('timeline.filters.to')}</label>
        <select
          id={toId}
          value={filters.to ?? ''}
          onChange={(e) => {
            const to = e.target.value ? Number(e.target.value) : undefined;
            const keepFrom = to === undefined || filters.from === undefined || filters.from <= to;
            onChange({ to, from: keepFrom ? filters.from : undefined });
          }}
        >
          <option value="">{t('timeline.filters.last', { year: extent.to })}</option>
          {yearOptions(filters.to).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </fieldset>
      <details
        className="tl-filters__sectors"
        open={sectorsOpen}
        onToggle={(e) => setSectorsOpen(e.currentTarget.open)}
      >
        <summary>
          {filters.sector.length > 0
            ? t('timeline.filters.sectorsChosen', {
                count: filters.sector.length.toLocaleString(locale),
              })
            : t('timeline.filters.sectors')}
        </summary>
        <fieldset className="tl-filters__sector-list">
          <legend className="visually-hidden">{t('timeline.filters.sectors')}</legend>
          {sectors.map((s) => (
            <label key={s.id} className="tl-check">
              <input
                type="checkbox"
                checked={filters.sector.includes(s.id)}
                onChange={() => onChange({ sector: toggle(filters.sector, s.id) })}
              />
              <span lang={s.lang}>{s.name}</span>{' '}
              <span className="count">
                ({(counts.sectors.get(s.id) ?? 0).toLocaleString(locale)})
              </span>
            </label>
          ))}
        </fieldset>
      </details>
      {filtered && (
        <button
          type="button"
          className="button button--quiet tl-filters__clear"
          onClick={() => onChange({ kind: [], sector: [], from: undefined, to: undefined })}
        >
          {t('timeline.filters.clear')}
        </button>
      )}
    </section>
  );
}
