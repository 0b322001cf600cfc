import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { ViewHeader } from '@/components/ui/view-header';
import { usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { SectorCounts } from './sector-counts';
import { SectorList } from './sector-list';
import { SectorValueCharts } from './sector-value-charts';
import './sectors.css';

/** Sectors: projects and stated value per sector, each block failing on its own. */
export function SectorsView() {
  const { t } = useT();
  const meta = usePackFile('pack.json');
  return (
    <>
      <ViewHeader title={t('sectors.title')} asOf={meta.asOf}>
        <p className="record-page__lede">{t('sectors.lede')}</p>
      </ViewHeader>
      <DataBoundary loadingLabel={t('sectors.loading.projects')}>
        <SectorCounts />
      </DataBoundary>
      <DataBoundary loadingLabel={t('sectors.loading.projects')}>
        <SectorValueCharts />
      </DataBoundary>
      <DataBoundary loadingLabel={t('sectors.loading.sectors')}>
        <SectorList />
      </DataBoundary>
    </>
  );
}
