import { formatPartialDate } from '../../lib/format-date';
import { KindShape } from './kind-shape';
import { ITEM_KINDS, KIND_LABELS } from './timeline-filters';

/** What the shapes, bars and lines mean, in words. */
export function TimelineLegend({ asOf }: { asOf: string }) {
  return (
    <ul className="tl-legend" aria-label="Legend">
      {ITEM_KINDS.map((kind) => (
        <li key={kind}>
          <KindShape kind={kind} /> {KIND_LABELS[kind].one}
        </li>
      ))}
      <li>
        <KindShape kind="milestone" planned /> Hollow: planned
      </li>
      <li>
        <span className="tl-legend__swatch tl-legend__swatch--range" aria-hidden="true" /> Bar:
        lasted from one date to another
      </li>
      <li>
        <span className="tl-legend__swatch tl-legend__swatch--band" aria-hidden="true" /> Striped:
        date known only to the month or year, drawn across all of it
      </li>
      <li>
        <span className="tl-legend__swatch tl-legend__swatch--asof" aria-hidden="true" /> Dashed
        line: data as of {formatPartialDate(asOf)}
      </li>
    </ul>
  );
}
