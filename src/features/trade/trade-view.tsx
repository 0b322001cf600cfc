import { useMemo } from 'react';
import { DataBoundary } from '../../components/data-boundary/data-boundary';
import { ViewHeader } from '../../components/ui/view-header';
import { toTradePanels } from '../../data/to-trade-series';
import { usePackFile } from '../../data/use-pack';
import { TradeIndicators } from './trade-indicators';
import { TradePanelFrame } from './trade-panel';
import './trade.css';

/** Trade by year, one panel per basis, then the other sourced figures. */
export function TradeView() {
  const meta = usePackFile('pack.json');
  return (
    <>
      <ViewHeader title="Trade" asOf={meta.asOf}>
        <p className="record-page__lede">
          Bilateral goods trade by year, as the sources report it, and other sourced figures on
          trade and investment.
        </p>
      </ViewHeader>
      <DataBoundary loadingLabel="Loading trade figures…">
        <TradePanels />
      </DataBoundary>
      <DataBoundary loadingLabel="Loading trade figures…">
        <TradeIndicators />
      </DataBoundary>
    </>
  );
}

function TradePanels() {
  const trade = usePackFile('trade.json');
  const panels = useMemo(() => toTradePanels(trade), [trade]);
  return (
    <>
      {panels.length > 1 && (
        <div className="trade-why" role="note" aria-label="Why the figures are in separate panels">
          <p>
            <strong>Each basis has its own panel and axis.</strong> A basis is who reported the
            figures and in which currency. Bases are compiled differently and can differ widely —
            each panel’s notes say how — so they are never added up, converted or drawn as one
            measure.
          </p>
        </div>
      )}
      {panels.length === 0 && <p>The pack has no yearly trade figures.</p>}
      {panels.map((panel) => (
        <TradePanelFrame key={panel.id} panel={panel} />
      ))}
    </>
  );
}
