import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { SectorCount } from '@/data/to-sector-stats';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import type { TextValue } from '@/lib/text';
import { usePackText } from '../ui/pack-text';
import { TableScroll } from '../ui/table-scroll';
import { ChartFrame } from './chart-frame';
import { describeBars } from './describe-chart';
import { LazyRankedBarChart } from './lazy-ranked-bar-chart';

interface Props {
  /** Every sector with its counts, most projects first (toSectorCounts). */
  counts: SectorCount[];
  /** The sectors' names as the pack gives them, by id. */
  names: ReadonlyMap<string, TextValue>;
  /**
   * The table of a summary: only the sectors with projects, and only their project counts.
   * Otherwise it lists every sector with its sub-projects and facts too.
   */
  compact?: boolean;
  title: string;
  description: ReactNode;
  notes?: ReactNode;
  source: string;
  asOf: string;
  showTable: boolean;
  onToggleTable: () => void;
  /** What the bars show, for screen readers: "projects per sector". */
  chartLabel: string;
  tableLabel: string;
  caption: string;
  /** The table's column headings: the sector, then one per number shown. */
  columns: readonly string[];
  /** Where a sector's bar and name lead. */
  sectorPath: (id: string) => string;
}

/** The bars of the sectors that have projects, named in the reader's language, most first. */
export function useSectorBars(counts: SectorCount[], names: ReadonlyMap<string, TextValue>) {
  const { locale } = useT();
  const { text } = usePackText();
  return counts
    .filter((c) => c.projects > 0)
    .map((c) => ({
      id: c.id,
      label: text(names.get(c.id) ?? c.name),
      value: c.projects,
      valueText: formatNumber(c.projects, locale),
    }));
}

/** Projects per sector as bars, each leading to its sector, with the same numbers as a table. */
export function SectorCountChart({
  counts,
  names,
  compact = false,
  chartLabel,
  tableLabel,
  caption,
  columns,
  sectorPath,
  ...frame
}: Props) {
  const navigate = useNavigate();
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const nameOf = (c: SectorCount) => text(names.get(c.id) ?? c.name);
  const num = (n: number) => formatNumber(n, locale);
  const bars = useSectorBars(counts, names);
  const rows = compact ? counts.filter((c) => c.projects > 0) : counts;
  return (
    <ChartFrame
      {...frame}
      chartHeight={bars.length * 46 + 8}
      chart={
        <LazyRankedBarChart
          bars={bars}
          ariaLabel={describeBars(chartLabel, bars, t)}
          onSelect={(id) => navigate(sectorPath(id))}
        />
      }
      table={
        <TableScroll label={tableLabel}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {columns.map((heading, i) => (
                  <th key={i} scope="col">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={sectorPath(c.id)} lang={langOf(names.get(c.id))}>
                      {nameOf(c)}
                    </Link>
                  </th>
                  <td className="num">{num(c.projects)}</td>
                  {!compact && <td className="num">{num(c.subProjects)}</td>}
                  {!compact && <td className="num">{num(c.facts)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
    />
  );
}
