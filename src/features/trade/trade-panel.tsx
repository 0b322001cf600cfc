import { useMemo } from 'react';
import { YearLineFrame } from '@/components/chart/year-line-frame';
import { publishersOf, type TradePanel } from '@/data/to-trade-series';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { useTableToggle } from '@/filters/use-table-toggle';
import { useT } from '@/i18n/use-t';
import { formatMoney } from '@/lib/money';
import { lineLabel, panelTitle, reportedBy } from './trade-labels';
import { TradeTable } from './trade-table';
import { useLocalPanel } from './use-local-panel';

const tradeChartId = (panel: TradePanel) => `trade-${panel.id}`;

/** One basis in its own frame and on its own axis, with its basis notes and a full table. */
export function TradePanelFrame({ panel: data }: { panel: TradePanel }) {
  const { t, locale } = useT();
  const meta = usePackFile('pack.json');
  const countryNames = useCountryNames();
  const panel = useLocalPanel(data);
  const { showTable, toggle } = useTableToggle(tradeChartId(panel));
  const title = panelTitle(panel, countryNames, t);
  const series = useMemo(
    () =>
      panel.series.map((s) => ({ id: s.id, label: lineLabel(s, countryNames, t), years: s.years })),
    [panel, countryNames, t],
  );
  const format = (amount: number) => formatMoney({ amount, currency: panel.currency }, locale);
  // The first series' basis note says how this basis compares with the others: it goes first,
  // above the chart. The other series' notes (what each leaves out) follow the chart.
  const [lead, ...rest] = panel.series.filter((s) => s.basisNote);
  const description = t('trade.panel.description', {
    series: new Intl.ListFormat(locale, { type: 'conjunction' }).format(series.map((s) => s.label)),
    basis: reportedBy(panel, countryNames, t),
    currency: panel.currency,
    first: panel.years[0],
    last: panel.years[panel.years.length - 1],
  });
  return (
    <YearLineFrame
      title={title}
      description={
        <p>
          {description}
          {lead && (
            <span className="trade-basis" lang={lead.basisNoteLang}>
              {lead.basisNote}
            </span>
          )}
        </p>
      }
      notes={
        rest.length > 0 && (
          <>
            <p className="trade-notes__title">{t('trade.panel.otherSeries')}</p>
            {rest.map((s) => (
              <p key={s.id}>
                <strong>
                  {t('trade.panel.seriesNote', { series: lineLabel(s, countryNames, t) })}{' '}
                </strong>
                <span lang={s.basisNoteLang}>{s.basisNote}</span>
              </p>
            ))}
          </>
        )
      }
      source={publishersOf(panel.series).join(', ')}
      asOf={meta.asOf}
      showTable={showTable}
      onToggleTable={toggle}
      years={panel.years}
      series={series}
      formatValue={format}
      unit={panel.currency}
      table={<TradeTable panel={panel} labels={series.map((s) => s.label)} />}
    />
  );
}
