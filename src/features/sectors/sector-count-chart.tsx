import { useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { ChartFrame } from '../../components/chart/chart-frame';
import { describeBars } from '../../components/chart/describe-chart';
import { LazyRankedBarChart } from '../../components/chart/lazy-ranked-bar-chart';
import { TableScroll } from '../../components/ui/table-scroll';
import { toSectorCounts } from '../../data/to-sector-stats';
import { usePackFile, usePackTitle } from '../../data/use-pack';
import { useTableToggle } from '../../filters/use-table-toggle';

export const SECTOR_COUNT_CHART = 'sector-projects';

/** Projects per sector as bars, with every sector (empty ones too) in the table. */
export function SectorCountChart() {
  const location = useLocation();
  const navigate = useNavigate();
  const meta = usePackFile('pack.json');
  const packTitle = usePackTitle();
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
  const { showTable, toggle } = useTableToggle(SECTOR_COUNT_CHART);
  const counts = useMemo(() => toSectorCounts(sectors, projects), [sectors, projects]);
  const withProjects = counts.filter((c) => c.projects > 0);
  const empty = counts.length - withProjects.length;
  const bars = withProjects.map((c) => ({
    id: c.id,
    label: c.name,
    value: c.projects,
    valueText: String(c.projects),
  }));
  return (
    <ChartFrame
      title="Projects per sector"
      description={
        <p>
          Number of projects in each sector, sub-projects included. A project in two sectors counts
          in both, so the bars do not add up to the number of projects.
          {empty > 0 &&
            ` ${empty} sector${empty > 1 ? 's have' : ' has'} no project and ${empty > 1 ? 'are' : 'is'} listed only in the table.`}
        </p>
      }
      source={`project records of the pack “${packTitle}”; each project lists its own sources`}
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
            <caption>Projects per sector ({counts.length} sectors)</caption>
            <thead>
              <tr>
                <th scope="col">Sector</th>
                <th scope="col">Projects</th>
                <th scope="col">of which sub-projects</th>
                <th scope="col">Sourced facts</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={linkTo(`/sectors/${c.id}`, location.search)}>{c.name}</Link>
                  </th>
                  <td className="num">{c.projects}</td>
                  <td className="num">{c.subProjects}</td>
                  <td className="num">{c.facts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
    />
  );
}
