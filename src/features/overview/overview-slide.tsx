import { useMemo } from 'react';
import { describeYearLines } from '@/components/chart/describe-chart';
import { YearLineChart } from '@/components/chart/year-line-chart';
import { SectorCountSlideChart } from '@/components/slide/sector-count-slide-chart';
import { SlideChart } from '@/components/slide/slide-chart';
import { SlideFrame } from '@/components/slide/slide-frame';
import { usePackText } from '@/components/ui/pack-text';
import { allSources } from '@/data/record-flags';
import { mainTotal, toTradePanels } from '@/data/to-trade-series';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { useTableToggle } from '@/filters/use-table-toggle';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { formatMoney } from '@/lib/money';
import { TradeYearsTable } from './trade-years-table';
import './overview-slide.css';

/**
 * The Overview as a slide: the four headline counts in one row, then the main trade series and
 * the projects per sector side by side in the height that is left, their figures written on
 * them. What the dashboard adds (values by currency, latest events, tables) stays on the page.
 */
export function OverviewSlide() {
  const { t, locale } = useT();
  const meta = usePackFile('pack.json');
  const { projects } = usePackFile('projects.json');
  const { agreements } = usePackFile('agreements.json');
  const { events } = usePackFile('events.json');
  const { sectors } = usePackFile('sectors.json');
  const countryNames = useCountryNames();
  const trade = useMainTrade();
  const sectorTable = useTableToggle('overview-sectors');
  const sources = useMemo(
    () => [
      ...(trade?.line.years.flatMap((y) => y.sources) ?? []),
      ...[...projects, ...agreements, ...events].flatMap(allSources),
    ],
    [trade, projects, agreements, events],
  );
  const counts = [
    { id: 'projects', number: projects.length, label: t('overview.figures.projects.title') },
    { id: 'agreements', number: agreements.length, label: t('overview.figures.agreements.title') },
    { id: 'events', number: events.length, label: t('overview.figures.events.title') },
    { id: 'sectors', number: sectors.length, label: t('overview.figures.sectors.title') },
  ];
  return (
    <SlideFrame sources={sources} sideNames={countryNames} asOf={meta.asOf}>
      <ul className="overview-slide__counts">
        {counts.map((count) => (
          <li key={count.id}>
            <span className="overview-slide__number">{formatNumber(count.number, locale)}</span>{' '}
            <span className="overview-slide__what">{count.label}</span>
          </li>
        ))}
      </ul>
      <div className="overview-slide__charts">
        {trade && <TradeSlideChart {...trade} />}
        <SectorCountSlideChart
          title={t('overview.sectors.title')}
          chartLabel={t('overview.sectors.chart')}
          showTable={sectorTable.showTable}
          onToggleTable={sectorTable.toggle}
          columns={[t('overview.sectors.sector'), t('overview.sectors.projects')]}
        />
      </div>
    </SlideFrame>
  );
}

/** The main series of the pack's first country, as the Overview page shows it. */
function useMainTrade() {
  const { t } = useT();
  const meta = usePackFile('pack.json');
  const trade = usePackFile('trade.json');
  return useMemo(() => {
    const main = mainTotal(toTradePanels(trade, t), meta.countries[0].id);
    if (!main) return null;
    const title = trade.series.find((s) => s.id === main.line.id)?.title ?? main.line.title;
    return { ...main, title };
  }, [trade, meta, t]);
}

function TradeSlideChart({
  panel,
  line,
  title: seriesTitle,
}: NonNullable<ReturnType<typeof useMainTrade>>) {
  const { t, locale } = useT();
  const { text } = usePackText();
  const label = text(seriesTitle);
  const series = useMemo(
    () => [{ id: line.id, label, years: line.years }],
    [line.id, line.years, label],
  );
  const currency = panel.currency;
  const { showTable, toggle } = useTableToggle('overview-trade');
  const title = t('overview.trade.title', { series: label, currency });
  const format = (amount: number) => formatMoney({ amount, currency }, locale);
  return (
    <SlideChart
      title={title}
      showTable={showTable}
      onToggleTable={toggle}
      table={<TradeYearsTable line={line} title={title} format={format} />}
    >
      <YearLineChart
        years={panel.years}
        series={series}
        ariaLabel={describeYearLines(title, series, format, t)}
        formatValue={format}
        valueLabels
        unit={currency}
        height="fill"
        legend="short"
      />
    </SlideChart>
  );
}
