import { DataBoundary } from '../../components/data-boundary/data-boundary';
import { ViewHeader } from '../../components/ui/view-header';
import { usePackFile } from '../../data/use-pack';
import { textOf } from '../../lib/text';
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
  const meta = usePackFile('pack.json');
  return (
    <>
      <ViewHeader title="Overview" asOf={meta.asOf}>
        <p className="record-page__lede">{textOf(meta.description)}</p>
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
        <DataBoundary loadingLabel="Loading trade figures…">
          <OverviewTradeChart />
        </DataBoundary>
        <DataBoundary loadingLabel="Loading projects…">
          <OverviewSectorChart />
        </DataBoundary>
      </div>
    </>
  );
}
