import { useId, useState } from 'react';
import { KindShape } from './kind-shape';
import { ITEM_KINDS, KIND_LABELS, type TimelineFilters, type YearRange } from './timeline-filters';

interface Props {
  filters: TimelineFilters;
  counts: { kinds: Record<string, number>; sectors: Record<string, number> };
  sectors: { id: string; name: string }[];
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
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const [sectorsOpen, setSectorsOpen] = useState(filters.sector.length > 0);
  const years: number[] = [];
  for (let y = extent.from; y <= extent.to; y++) years.push(y);
  const yearOptions = (chosen: number | undefined) =>
    chosen !== undefined && !years.includes(chosen) ? [chosen, ...years] : years;
  const filtered =
    filters.kind.length > 0 ||
    filters.sector.length > 0 ||
    filters.from !== undefined ||
    filters.to !== undefined;

  return (
    <section className="tl-filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="tl-visually-hidden">
        Filters
      </h2>
      <fieldset className="tl-filters__group">
        <legend>Show</legend>
        {ITEM_KINDS.map((kind) => (
          <label key={kind} className="tl-check">
            <input
              type="checkbox"
              checked={filters.kind.includes(kind)}
              onChange={() => onChange({ kind: toggle(filters.kind, kind) })}
            />
            <KindShape kind={kind} /> {KIND_LABELS[kind].many}{' '}
            <span className="count">
              ({unavailable.includes(kind) ? 'not loaded' : (counts.kinds[kind] ?? 0)})
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="tl-filters__group tl-filters__years">
        <legend>Years</legend>
        <label htmlFor={fromId}>From</label>
        <select
          id={fromId}
          value={filters.from ?? ''}
          onChange={(e) => {
            const from = e.target.value ? Number(e.target.value) : undefined;
            const keepTo = from === undefined || filters.to === undefined || filters.to >= from;
            onChange({ from, to: keepTo ? filters.to : undefined });
          }}
        >
          <option value="">first ({extent.from})</option>
          {yearOptions(filters.from).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>To</label>
        <select
          id={toId}
          value={filters.to ?? ''}
          onChange={(e) => {
            const to = e.target.value ? Number(e.target.value) : undefined;
            const keepFrom = to === undefined || filters.from === undefined || filters.from <= to;
            onChange({ to, from: keepFrom ? filters.from : undefined });
          }}
        >
          <option value="">last ({extent.to})</option>
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
          Sectors{filters.sector.length > 0 ? ` (${filters.sector.length} chosen)` : ''}
        </summary>
        <fieldset className="tl-filters__sector-list">
          <legend className="tl-visually-hidden">Sectors</legend>
          {sectors.map((s) => (
            <label key={s.id} className="tl-check">
              <input
                type="checkbox"
                checked={filters.sector.includes(s.id)}
                onChange={() => onChange({ sector: toggle(filters.sector, s.id) })}
              />
              {s.name} <span className="count">({counts.sectors[s.id] ?? 0})</span>
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
          Clear filters
        </button>
      )}
    </section>
  );
}
