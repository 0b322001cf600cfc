import { DataBoundary } from '../../components/data-boundary/data-boundary';
import { ViewHeader } from '../../components/ui/view-header';
import { usePackFile } from '../../data/use-pack';
import { SectorCountChart } from './sector-count-chart';
import { SectorList } from './sector-list';
import { SectorValueCharts } from './sector-value-charts';
import './sectors.css';

/** Sectors: projects and stated value per sector, each block failing on its own. */
export function SectorsView() {
  const meta = usePackFile('pack.json');
  return (
    <>
      <ViewHeader title="Sectors" asOf={meta.asOf}>
        <p className="record-page__lede">
          How many projects each sector has and what they are said to be worth, per currency. Each
          sector’s page lists its projects, agreements and sourced facts.
        </p>
      </ViewHeader>
      <DataBoundary loadingLabel="Loading projects…">
        <SectorCountChart />
      </DataBoundary>
      <DataBoundary loadingLabel="Loading projects…">
        <SectorValueCharts />
      </DataBoundary>
      <DataBoundary loadingLabel="Loading sectors…">
        <SectorList />
      </DataBoundary>
    </>
  );
}
