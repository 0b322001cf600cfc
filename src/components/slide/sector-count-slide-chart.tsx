import { describeBars } from '@/components/chart/describe-chart';
import { RankedBarChart } from '@/components/chart/ranked-bar-chart';
import { useSectorBars } from '@/components/chart/sector-count-chart';
import { useSectorCounts } from '@/data/use-sector-counts';
import { useT } from '@/i18n/use-t';
import { SlideChart } from './slide-chart';

interface Props {
  title: string;
  /** What the bars show, for screen readers: "projects per sector". */
  chartLabel: string;
  /** Whether the table is shown (the view keeps it in the URL, as on the chart's page). */
  showTable: boolean;
  onToggleTable: () => void;
  /** The table's column headings: the sector, then the projects. */
  columns: [string, string];
}

/**
 * Projects per sector on a slide: the bars share the height left, each count written at its
 * bar's end, and the same numbers as a table a button away. Drawn at once (not lazily): the
 * slide's code, fetched before it is shown, brings the chart with it, so the room never sees
 * "Drawing chart…".
 */
export function SectorCountSlideChart({
  title,
  chartLabel,
  showTable,
  onToggleTable,
  columns,
}: Props) {
  const { t } = useT();
  const { counts, names } = useSectorCounts();
  const bars = useSectorBars(counts, names);
  const table = (
    <table className="data-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{columns[0]}</th>
          <th scope="col">{columns[1]}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.id}>
            <th scope="row">{bar.label}</th>
            <td className="num">{bar.valueText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <SlideChart title={title} showTable={showTable} onToggleTable={onToggleTable} table={table}>
      <RankedBarChart bars={bars} height="fill" ariaLabel={describeBars(chartLabel, bars, t)} />
    </SlideChart>
  );
}
