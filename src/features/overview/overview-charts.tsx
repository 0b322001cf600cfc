import { useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { ChartFrame } from '../../components/chart/chart-frame';
import { describeBars, describeYearLines } from '../../components/chart/describe-chart';
import { LazyYearLineChart } from '../../components/chart/lazy-year-line-chart';
import { LazyRankedBarChart } from '../../components/chart/lazy-ranked-bar-chart';
import { TableScroll } from '../../components/ui/table-scroll';
import { toSectorCounts } from '../../data/to-sector-stats';
import { mainTotal, toTradePanels } from '../../data/to-trade-series';
import { usePackFile, usePackTitle } from '../../data/use-pack';
import { useTableToggle } from '../../filters/use-table-toggle';
import { formatMoney } from '../../lib/money';

/** The main trade series of the pack's first country, compact, linking to all bases. */
export function OverviewTradeChart() {
  const location = useLocation();
  const meta = usePackFile('pack.json');
  const trade = usePackFile('trade.json');
  const { showTable, toggle } = useTableToggle('overview-trade');
  const main = useMemo(() => mainTotal(toTradePanels(trade), meta.countries[0].id), [trade, meta]);
  if (!main) return null;
  const { panel, line } = main;
  const series = [{ id: line.id, label: line.title, years: line.years }];
  const format = (amount: number) => formatMoney({ amount, currency: panel.currency });
  const title = `${line.title}, by year (${panel.currency})`;
  const publishers = [...new Set(line.years.flatMap((y) => y.sources.map((s) => s.publisher)))];
  return (
    <ChartFrame
      title={title}
      description={
        <p>
          One basis only. Figures on other bases (other reporters, other currencies) differ widely
          and are in their own panels on the trade page, never on this axis.
        </p>
      }
      notes={
        <p>
          <Link to={linkTo('/trade', location.search)}>All trade figures, by basis</Link>
        </p>
      }
      source={publishers.join(', ')}
      asOf={meta.asOf}
      showTable={showTable}
      onToggleTable={toggle}
      chartHeight={340}
      chart={
        <LazyYearLineChart
          years={panel.years}
          series={series}
          height={240}
          ariaLabel={describeYearLines(title, series, format)}
          formatValue={format}
          unit={panel.currency}
        />
      }
      table={
        <TableScroll label={`${line.title}, table`}>
          <table className="data-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Figure</th>
              </tr>
            </thead>
            <tbody>
              {line.years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">
                    {y.year}
                    {y.partial && ` (${y.partial} only)`}
                  </th>
                  <td className="num">
                    {y.value === null
                      ? 'no figure'
                      : `${y.approximate ? '≈ ' : ''}${format(y.value)}${y.conflict ? ' (sources disagree)' : ''}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
    />
  );
}

/** Projects per sector, linking to the sectors view. */
export function OverviewSectorChart() {
  const location = useLocation();
  const navigate = useNavigate();
  const meta = usePackFile('pack.json');
  const packTitle = usePackTitle();
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
  const { showTable, toggle } = useTableToggle('overview-sectors');
  const counts = useMemo(() => toSectorCounts(sectors, projects), [sectors, projects]);
  const bars = counts
    .filter((c) => c.projects > 0)
    .map((c) => ({ id: c.id, label: c.name, value: c.projects, valueText: String(c.projects) }));
  return (
    <ChartFrame
      title="Projects per sector"
      description={
        <p>
          Sub-projects included; a project in two sectors counts in both. Sectors without a project
          are listed on the sectors page.
        </p>
      }
      notes={
        <p>
          <Link to={linkTo('/sectors', location.search)}>All sectors and their value</Link>
        </p>
      }
      source={`project records of the pack “${packTitle}”`}
      asOf={meta.asOf}
      showTable={showTable}
      onToggleTable={toggle}
      chartHeight={bars.length * 46 + 8}
      chart={
        <LazyRankedBarChart
          bars={bars}
          ariaLabel={describeBars('projects per sector', bars)}
          onSelect={(id) => navigate(linkTo(`/sectors/${id}`, location.search))}
        />
      }
      table={
        <TableScroll label="Projects per sector, table">
          <table className="data-table">
            <caption>Projects per sector</caption>
            <thead>
              <tr>
                <th scope="col">Sector</th>
                <th scope="col">Projects</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    <Link to={linkTo(`/sectors/${b.id}`, location.search)}>{b.label}</Link>
                  </th>
                  <td className="num">{b.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
    />
  );
}
