import { useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { linkTo } from '@/app/global-params';
import { ChartFrame } from '@/components/chart/chart-frame';
import { describeBars } from '@/components/chart/describe-chart';
import { LazyRankedBarChart } from '@/components/chart/lazy-ranked-bar-chart';
import { usePackText } from '@/components/ui/pack-text';
import { TableScroll } from '@/components/ui/table-scroll';
import { toSectorCounts } from '@/data/to-sector-stats';
import { usePackFile } from '@/data/use-pack';
import { useTableToggle } from '@/filters/use-table-toggle';
import { useT } from '@/i18n/use-t';

export const SECTOR_COUNT_CHART = 'sector-projects';

/** Projects per sector as bars, with every sector (empty ones too) in the table. */
export function SectorCountChart() {
  const location = useLocation();
  const navigate = useNavigate();
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const meta = usePackFile('pack.json');
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
  const { showTable, toggle } = useTableToggle(SECTOR_COUNT_CHART);
  const counts = useMemo(() => toSectorCounts(sectors, projects), [sectors, projects]);
  const names = new Map(sectors.map((s) => [s.id, s.name]));
  const nameOf = (id: string, english: string) => text(names.get(id) ?? english);
  const num = (n: number) => n.toLocaleString(locale);
  const withProjects = counts.filter((c) => c.projects > 0);
  const empty = counts.length - withProjects.length;
  const bars = withProjects.map((c) => ({
    id: c.id,
    label: nameOf(c.id, c.name),
    value: c.projects,
    valueText: num(c.projects),
  }));
  const title = t('sectors.counts.title');
  return (
    <ChartFrame
      title={title}
      description={
        <p>
          {t('sectors.counts.description')}
          {empty > 0 && ` ${t('sectors.counts.empty', { count: empty })}`}
        </p>
      }
      source={t('sectors.counts.source', { pack: text(meta.title) })}
      asOf={meta.asOf}
      showTable={showTable}
      onToggleTable={toggle}
      chartHeight={bars.length * 46 + 8}
      chart={
        <LazyRankedBarChart
          bars={bars}
          ariaLabel={describeBars(t('sectors.counts.chart'), bars, t)}
          onSelect={(id) => navigate(linkTo(`/sectors/${id}`, location.search))}
        />
      }
      table={
        <TableScroll label={t('sectors.tableLabel', { title })}>
          <table className="data-table">
            <caption>{t('sectors.counts.caption', { count: counts.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sectors.counts.sector')}</th>
                <th scope="col">{t('sectors.counts.projects')}</th>
                <th scope="col">{t('sectors.counts.subProjects')}</th>
                <th scope="col">{t('sectors.counts.facts')}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link
                      to={linkTo(`/sectors/${c.id}`, location.search)}
                      lang={langOf(names.get(c.id))}
                    >
                      {nameOf(c.id, c.name)}
                    </Link>
                  </th>
                  <td className="num">{num(c.projects)}</td>
                  <td className="num">{num(c.subProjects)}</td>
                  <td className="num">{num(c.facts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
    />
  );
}
