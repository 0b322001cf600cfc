import { useMemo, useRef } from 'react';
import { describeYearLines } from '@/components/chart/describe-chart';
import { markerKinds } from '@/components/chart/to-year-rows';
import { useChartColors } from '@/components/chart/use-chart-colors';
import { YearLineChart } from '@/components/chart/year-line-chart';
import { YearLineLegend } from '@/components/chart/year-line-legend';
import { SlideChart } from '@/components/slide/slide-chart';
import { SlideFrame } from '@/components/slide/slide-frame';
import { toTradePanels, type TradePanel } from '@/data/to-trade-series';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { useTableToggle } from '@/filters/use-table-toggle';
import { useT } from '@/i18n/use-t';
import { formatMoney } from '@/lib/money';
import { lineLabel, panelTitle } from './trade-labels';
import { TradeTable } from './trade-table';
import { useLocalPanel } from './use-local-panel';
import './trade-slide.css';

/**
 * Trade as a slide: each basis in its own panel, side by side, its lines filling the height and
 * its figures written on the points, so that a room reads them without hovering. Part years are
 * hollow markers labelled with their months, as on the page; the basis notes and the tables stay
 * on the page, the sources one key away.
 */
export function TradeSlide() {
  const { t } = useT();
  const meta = usePackFile('pack.json');
  const trade = usePackFile('trade.json');
  const countryNames = useCountryNames();
  const panels = useMemo(() => toTradePanels(trade, t), [trade, t]);
  const sources = useMemo(
    () => panels.flatMap((p) => p.series.flatMap((s) => s.years.flatMap((y) => y.sources))),
    [panels],
  );
  return (
    <SlideFrame
      lede={panels.length > 1 ? t('trade.why.lead') : undefined}
      sources={sources}
      sideNames={countryNames}
      asOf={meta.asOf}
    >
      {panels.length === 0 ? (
        <p>{t('trade.noSeries')}</p>
      ) : (
        <>
          <div className="trade-slide__panels">
            {panels.map((panel) => (
              <TradeSlidePanel
                key={panel.id}
                panel={panel}
                legend={panels.length > 1 ? 'series' : 'short'}
              />
            ))}
          </div>
          {panels.length > 1 && <MarksLegend panels={panels} />}
        </>
      )}
    </SlideFrame>
  );
}

function TradeSlidePanel({
  panel: data,
  legend,
}: {
  panel: TradePanel;
  /** 'series' where the marks are explained once under all the panels (MarksLegend). */
  legend: 'series' | 'short';
}) {
  const { t, locale } = useT();
  const countryNames = useCountryNames();
  const panel = useLocalPanel(data);
  const title = panelTitle(panel, countryNames, t);
  const series = useMemo(
    () =>
      panel.series.map((s) => ({ id: s.id, label: lineLabel(s, countryNames, t), years: s.years })),
    [panel, countryNames, t],
  );
  const { currency } = panel;
  const { showTable, toggle } = useTableToggle(`trade-${panel.id}`);
  const format = (amount: number) => formatMoney({ amount, currency }, locale);
  return (
    <SlideChart
      title={title}
      showTable={showTable}
      onToggleTable={toggle}
      table={<TradeTable panel={panel} labels={series.map((s) => s.label)} />}
    >
      <YearLineChart
        years={panel.years}
        series={series}
        ariaLabel={describeYearLines(title, series, format, t)}
        formatValue={format}
        valueLabels
        unit={currency}
        height="fill"
        legend={legend}
      />
    </SlideChart>
  );
}

/**
 * The marks of every panel (part years, "≈", sources that disagree, breaks) explained once under
 * them, in the slide's short words: each panel's own legend names only its lines.
 */
function MarksLegend({ panels }: { panels: TradePanel[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const colors = useChartColors(ref);
  const kinds = useMemo(
    () => markerKinds(panels.flatMap((p) => p.series.map((s) => ({ ...s, label: s.title })))),
    [panels],
  );
  return (
    <div ref={ref} className="trade-slide__marks">
      <YearLineLegend series={[]} colors={colors} kinds={kinds} short />
    </div>
  );
}
