import { useId, useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ChartFrame } from '@/components/chart/chart-frame';
import { describeBars } from '@/components/chart/describe-chart';
import { LazyRankedBarChart } from '@/components/chart/lazy-ranked-bar-chart';
import { usePackText } from '@/components/ui/pack-text';
import { joinNodes } from '@/components/ui/slot';
import { toSectorValues, type CurrencyPanel } from '@/data/to-sector-stats';
import { usePackFile } from '@/data/use-pack';
import { useTableToggle } from '@/filters/use-table-toggle';
import { useT } from '@/i18n/use-t';
import { formatMoney } from '@/lib/money';
import { linkTo } from '@/registry/global-params';
import { SectorValueTable } from './sector-value-table';

/**
 * Value per sector, one chart per currency: amounts in different currencies are never converted
 * or added, and the notes say what is left out and why.
 */
export function SectorValueCharts() {
  const location = useLocation();
  const headingId = useId();
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
  const values = useMemo(() => toSectorValues(sectors, projects), [sectors, projects]);
  const missing = values.withoutValue;
  const names = new Map(projects.map((p) => [p.id, p.name]));
  return (
    <section className="sector-values" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sectors.values.heading')}</h2>
      <div className="sector-values__note">
        <p>{t('sectors.values.intro')}</p>
        <ul>
          <li>{t('sectors.values.subProjects', { count: values.subProjects })}</li>
          <li>
            {missing.length === 0
              ? t('sectors.values.allValued')
              : `${t('sectors.values.missing', { count: missing.length })} `}
            {missing.length > 0 &&
              // The list's words and separators in the reader's language, each name a link.
              joinNodes(
                missing.map((p) => (
                  <Link
                    key={p.id}
                    to={linkTo(`/projects/${p.id}`, location.search)}
                    lang={langOf(names.get(p.id))}
                  >
                    {text(names.get(p.id) ?? p.name)}
                  </Link>
                )),
                locale,
              )}
            {missing.length > 0 && t('sectors.values.missingEnd')}
          </li>
          <li>{t('sectors.values.twoSectors')}</li>
          <li>{t('sectors.values.asStated')}</li>
        </ul>
      </div>
      <div className="sector-values__grid">
        {values.panels.map((panel) => (
          <SectorValueChart key={panel.currency} panel={panel} />
        ))}
      </div>
    </section>
  );
}

function SectorValueChart({ panel }: { panel: CurrencyPanel }) {
  const location = useLocation();
  const navigate = useNavigate();
  const { t, locale } = useT();
  const { text } = usePackText();
  const meta = usePackFile('pack.json');
  const { sectors } = usePackFile('sectors.json');
  const { showTable, toggle } = useTableToggle(`sector-value-${panel.currency.toLowerCase()}`);
  const { currency } = panel;
  const names = new Map(sectors.map((s) => [s.id, s.name]));
  const bars = panel.sectors.map((s) => ({
    id: s.id,
    label: text(names.get(s.id) ?? s.name),
    value: s.amount,
    valueText: formatMoney({ amount: s.amount, currency }, locale),
  }));
  return (
    <ChartFrame
      headingLevel={3}
      title={t('sectors.values.title', { currency })}
      description={
        <p>{t('sectors.values.description', { count: panel.projectCount, currency })}</p>
      }
      source={t('sectors.values.source', { pack: text(meta.title) })}
      asOf={meta.asOf}
      showTable={showTable}
      onToggleTable={toggle}
      chartHeight={bars.length * 46 + 8}
      chart={
        <LazyRankedBarChart
          bars={bars}
          ariaLabel={describeBars(t('sectors.values.chart', { currency }), bars, t)}
          onSelect={(id) => navigate(linkTo(`/sectors/${id}`, location.search))}
        />
      }
      table={<SectorValueTable panel={panel} />}
    />
  );
}
