import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { PackText } from '@/components/ui/pack-text';
import { ViewHeader } from '@/components/ui/view-header';
import { usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
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
  return (
    <>
      <ViewHeader title={t('overview.title')} asOf={meta.asOf}>
        <PackText as="p" className="record-page__lede" value={meta.description} />
      </ViewHeader>
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
