import { useId, useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { ChartFrame } from '../../components/chart/chart-frame';
import { describeBars } from '../../components/chart/describe-chart';
import { LazyRankedBarChart } from '../../components/chart/lazy-ranked-bar-chart';
import { toSectorValues, type CurrencyPanel } from '../../data/to-sector-stats';
import { usePackFile, usePackTitle } from '../../data/use-pack';
import { useTableToggle } from '../../filters/use-table-toggle';
import { formatMoney } from '../../lib/money';
import { SectorValueTable } from './sector-value-table';

/**
 * Value per sector, one chart per currency: amounts in different currencies are never converted
 * or added, and the notes say what is left out and why.
 */
export function SectorValueCharts() {
  const location = useLocation();
  const headingId = useId();
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
  const values = useMemo(() => toSectorValues(sectors, projects), [sectors, projects]);
  const missing = values.withoutValue;
  return (
    <section className="sector-values" aria-labelledby={headingId}>
      <h2 id={headingId}>Stated value per sector, by currency</h2>
      <div className="sector-values__note">
        <p>
          Each bar adds up the main figure of every top-level project of a sector in one currency.
          Each currency has its own chart: figures in different currencies are never converted or
          added together.
        </p>
        <ul>
          <li>
            Sub-projects are not counted again, because their parent’s figure covers them (
            {values.subProjects} sub-project{values.subProjects === 1 ? '' : 's'} left out).
          </li>
          <li>
            {missing.length === 0
              ? 'Every top-level project has a disclosed value.'
              : `${missing.length} top-level project${missing.length === 1 ? ' has' : 's have'} no disclosed value and ${missing.length === 1 ? 'is' : 'are'} not included: `}
            {missing.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ', '}
                <Link to={linkTo(`/projects/${p.id}`, location.search)}>{p.name}</Link>
              </span>
            ))}
            {missing.length > 0 && '.'}
          </li>
          <li>
            A project in two sectors counts in both, so a chart’s bars do not add up to a total.
          </li>
          <li>
            Figures are as the sources state them, for different years and stages; cancelled and
            announced projects keep their stated value (the table gives each project’s status).
          </li>
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
  const meta = usePackFile('pack.json');
  const packTitle = usePackTitle();
  const { showTable, toggle } = useTableToggle(`sector-value-${panel.currency.toLowerCase()}`);
  const { currency } = panel;
  const bars = panel.sectors.map((s) => ({
    id: s.id,
    label: s.name,
    value: s.amount,
    valueText: formatMoney({ amount: s.amount, currency }),
  }));
  return (
    <ChartFrame
      headingLevel={3}
      title={`Stated value per sector, in ${currency}`}
      description={
        <p>
          Sum of the main figures of the {panel.projectCount} top-level project
          {panel.projectCount === 1 ? '' : 's'} whose value is given in {currency}, per sector.
        </p>
      }
      source={`project records of the pack “${packTitle}”; each figure has its own sources`}
      asOf={meta.asOf}
      showTable={showTable}
      onToggleTable={toggle}
      chartHeight={bars.length * 46 + 8}
      chart={
        <LazyRankedBarChart
          bars={bars}
          ariaLabel={describeBars(`stated value of projects per sector, in ${currency}`, bars)}
          onSelect={(id) => navigate(linkTo(`/sectors/${id}`, location.search))}
        />
      }
      table={<SectorValueTable panel={panel} />}
    />
  );
}
