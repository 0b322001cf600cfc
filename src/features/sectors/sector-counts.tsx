import { useLocation } from 'react-router-dom';
import { linkTo } from '@/registry/global-params';
import { SectorCountChart } from '@/components/chart/sector-count-chart';
import { usePackText } from '@/components/ui/pack-text';
import { usePackFile } from '@/data/use-pack';
import { useSectorCounts } from '@/data/use-sector-counts';
import { useTableToggle } from '@/filters/use-table-toggle';
import { useT } from '@/i18n/use-t';

/** Projects per sector as bars, with every sector (empty ones too) in the table. */
export function SectorCounts() {
  const location = useLocation();
  const { t } = useT();
  const { text } = usePackText();
  const meta = usePackFile('pack.json');
  const { counts, names } = useSectorCounts();
  const { showTable, toggle } = useTableToggle('sector-projects');
  const empty = counts.filter((c) => c.projects === 0).length;
  const title = t('sectors.counts.title');
  return (
    <SectorCountChart
      counts={counts}
      names={names}
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
      chartLabel={t('sectors.counts.chart')}
      tableLabel={t('sectors.tableLabel', { title })}
      caption={t('sectors.counts.caption', { count: counts.length })}
      columns={[
        t('sectors.counts.sector'),
        t('sectors.counts.projects'),
        t('sectors.counts.subProjects'),
        t('sectors.counts.facts'),
      ]}
      sectorPath={(id) => linkTo(`/sectors/${id}`, location.search)}
    />
  );
}
