import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { PackText } from '@/components/ui/pack-text';
import { Loading } from '@/components/ui/loading';
import { ViewHeader } from '@/components/ui/view-header';
import { usePackFile, usePackFilesSettled } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { VIEWS } from '@/registry/views';
import { OverviewSectorChart, OverviewTradeChart } from './overview-charts';
import {
  AgreementFigures,
  EventFigures,
  LatestEvents,
  ProjectFigures,
  SectorFigures,
  ValueByCurrency,
} from './overview-figures';
import './overview.css';

/** Headline figures and charts; each block reads its own file, so one broken file leaves the rest. */
export function OverviewView() {
  const { t } = useT();
  const meta = usePackFile('pack.json');
  // The blocks appear together: one arriving after another pushed the rest down (CLS 0.08).
  const settled = usePackFilesSettled(OVERVIEW_FILES);
  return (
    <>
      <ViewHeader title={t('overview.title')} asOf={meta.asOf}>
        <PackText as="p" className="record-page__lede" value={meta.description} />
      </ViewHeader>
      {settled ? <OverviewBlocks /> : <Loading />}
    </>
  );
}

const OVERVIEW_FILES = VIEWS.find((view) => view.id === 'overview')!.files;

function OverviewBlocks() {
  const { t } = useT();
  return (
    <>
      <div className="overview-counts">
        <DataBoundary>
          <ProjectFigures />
        </DataBoundary>
        <DataBoundary>
          <AgreementFigures />
        </DataBoundary>
        <DataBoundary>
          <EventFigures />
        </DataBoundary>
        <DataBoundary>
          <SectorFigures />
        </DataBoundary>
      </div>
      <div className="overview-pair">
        <DataBoundary>
          <ValueByCurrency />
        </DataBoundary>
        <DataBoundary>
          <LatestEvents />
        </DataBoundary>
      </div>
      <div className="overview-charts">
        <DataBoundary loadingLabel={t('overview.loading.trade')}>
          <OverviewTradeChart />
        </DataBoundary>
        <DataBoundary loadingLabel={t('overview.loading.projects')}>
          <OverviewSectorChart />
        </DataBoundary>
      </div>
    </>
  );
}
