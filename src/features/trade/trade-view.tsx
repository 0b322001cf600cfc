import { useMemo } from 'react';
import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { ViewHeader } from '@/components/ui/view-header';
import { toTradePanels } from '@/data/to-trade-series';
import { usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { TradeIndicators } from './trade-indicators';
import { TradePanelFrame } from './trade-panel';
import './trade.css';

/** Trade by year, one panel per basis, then the other sourced figures. */
export function TradeView() {
  const { t } = useT();
  const meta = usePackFile('pack.json');
  return (
    <>
      <ViewHeader title={t('trade.title')} asOf={meta.asOf}>
        <p className="record-page__lede">{t('trade.lede')}</p>
      </ViewHeader>
      <DataBoundary loadingLabel={t('trade.loading')}>
        <TradePanels />
      </DataBoundary>
      <DataBoundary loadingLabel={t('trade.loading')}>
        <TradeIndicators />
      </DataBoundary>
    </>
  );
}

function TradePanels() {
  const { t } = useT();
  const trade = usePackFile('trade.json');
  const panels = useMemo(() => toTradePanels(trade, t), [trade, t]);
  return (
    <>
      {panels.length > 1 && (
        <div className="trade-why" role="note" aria-label={t('trade.why.label')}>
          <p>
            <strong>{t('trade.why.lead')}</strong> {t('trade.why.text')}
          </p>
        </div>
      )}
      {panels.length === 0 && <p>{t('trade.noSeries')}</p>}
      {panels.map((panel) => (
        <TradePanelFrame key={panel.id} panel={panel} />
      ))}
    </>
  );
}
