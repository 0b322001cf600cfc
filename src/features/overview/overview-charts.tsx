import { useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { SectorCountChart } from '@/components/chart/sector-count-chart';
import { YearLineFrame } from '@/components/chart/year-line-frame';
import { usePackText } from '@/components/ui/pack-text';
import { TableScroll } from '@/components/ui/table-scroll';
import { mainTotal, publishersOf, toTradePanels } from '@/data/to-trade-series';
import { usePackFile } from '@/data/use-pack';
import { useSectorCounts } from '@/data/use-sector-counts';
import { useTableToggle } from '@/filters/use-table-toggle';
import { useT } from '@/i18n/use-t';
import { formatMoney } from '@/lib/money';
import { TradeYearsTable } from './trade-years-table';
import { linkTo } from '@/registry/global-params';

/** The main trade series of the pack's first country, compact, linking to all bases. */
export function OverviewTradeChart() {
  const location = useLocation();
  const { t, locale } = useT();
  const { text } = usePackText();
  const meta = usePackFile('pack.json');
  const trade = usePackFile('trade.json');
  const { showTable, toggle } = useTableToggle('overview-trade');
  const main = useMemo(
    () => mainTotal(toTradePanels(trade, t), meta.countries[0].id),
    [trade, meta, t],
  );
  if (!main) return null;
  const { panel, line } = main;
  const label = text(trade.series.find((s) => s.id === line.id)?.title ?? line.title);
  const series = [{ id: line.id, label, years: line.years }];
  const format = (amount: number) => formatMoney({ amount, currency: panel.currency }, locale);
  const title = t('overview.trade.title', { series: label, currency: panel.currency });
  return (
    <YearLineFrame
      title={title}
      description={<p>{t('overview.trade.description')}</p>}
      notes={
        <p>
          <Link to={linkTo('/trade', location.search)}>{t('overview.trade.link')}</Link>
        </p>
      }
      source={publishersOf([line]).join(', ')}
      asOf={meta.asOf}
      showTable={showTable}
      onToggleTable={toggle}
      years={panel.years}
      series={series}
      lineHeight={240}
      formatValue={format}
      unit={panel.currency}
      table={
        <TableScroll label={t('overview.table.label', { title: label })}>
          <TradeYearsTable line={line} title={title} format={format} />
        </TableScroll>
      }
    />
  );
}

/** Projects per sector, linking to the sectors view. */
export function OverviewSectorChart() {
  const location = useLocation();
  const { t } = useT();
  const { text } = usePackText();
  const meta = usePackFile('pack.json');
  const { counts, names } = useSectorCounts();
  const { showTable, toggle } = useTableToggle('overview-sectors');
  const title = t('overview.sectors.title');
  return (
    <SectorCountChart
      counts={counts}
      names={names}
      compact
      title={title}
      description={<p>{t('overview.sectors.description')}</p>}
      notes={
        <p>
          <Link to={linkTo('/sectors', location.search)}>{t('overview.sectors.link')}</Link>
        </p>
      }
      source={t('overview.sectors.source', { pack: text(meta.title) })}
      asOf={meta.asOf}
      showTable={showTable}
      onToggleTable={toggle}
      chartLabel={t('overview.sectors.chart')}
      tableLabel={t('overview.table.label', { title })}
      caption={title}
      columns={[t('overview.sectors.sector'), t('overview.sectors.projects')]}
      sectorPath={(id) => linkTo(`/sectors/${id}`, location.search)}
    />
  );
}
