import { useMemo } from 'react';
import { ChartFrame } from '../../components/chart/chart-frame';
import { describeYearLines } from '../../components/chart/describe-chart';
import { LazyYearLineChart } from '../../components/chart/lazy-year-line-chart';
import type { TradePanel } from '../../data/to-trade-series';
import { useCountryNames, usePackFile } from '../../data/use-pack';
import { useTableToggle } from '../../filters/use-table-toggle';
import { formatMoney } from '../../lib/money';
import { lineLabel, panelTitle, reportedBy } from './trade-labels';
import { TradeTable } from './trade-table';

export const tradeChartId = (panel: TradePanel) => `trade-${panel.id}`;

/** One basis in its own frame and on its own axis, with its basis notes and a full table. */
export function TradePanelFrame({ panel }: { panel: TradePanel }) {
  const meta = usePackFile('pack.json');
  const countryNames = useCountryNames();
  const { showTable, toggle } = useTableToggle(tradeChartId(panel));
  const title = panelTitle(panel, countryNames);
  const series = useMemo(
    () =>
      panel.series.map((s) => ({ id: s.id, label: lineLabel(s, countryNames), years: s.years })),
    [panel, countryNames],
  );
  const format = (amount: number) => formatMoney({ amount, currency: panel.currency });
  // The first series' basis note says how this basis compares with the others: it goes first,
  // above the chart. The other series' notes (what each leaves out) follow the chart.
  const [lead, ...rest] = panel.series.filter((s) => s.basisNote);
  const publishers = [
    ...new Set(
      panel.series.flatMap((s) => s.years.flatMap((y) => y.sources.map((x) => x.publisher))),
    ),
  ];
  return (
    <ChartFrame
      title={title}
      description={
        <p>
          {series.map((s) => s.label).join(', ')}: figures {reportedBy(panel, countryNames)}, in{' '}
          {panel.currency}, on one axis of their own. Years {panel.years[0]}–
          {panel.years[panel.years.length - 1]}; a break in a line is a year with no figure.
          {lead && <span className="trade-basis">{lead.basisNote}</span>}
        </p>
      }
      notes={
        rest.length > 0 && (
          <>
            <p className="trade-notes__title">About the other series</p>
            {rest.map((s) => (
              <p key={s.id}>
                <strong>{lineLabel(s, countryNames)}: </strong>
                {s.basisNote}
              </p>
            ))}
          </>
        )
      }
      source={publishers.join(', ')}
      asOf={meta.asOf}
      showTable={showTable}
      onToggleTable={toggle}
      chartHeight={400}
      chart={
        <LazyYearLineChart
          years={panel.years}
          series={series}
          ariaLabel={describeYearLines(title, series, format)}
          formatValue={format}
          unit={panel.currency}
        />
      }
      table={<TradeTable panel={panel} labels={series.map((s) => s.label)} />}
    />
  );
}
