import { useId, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { usePackFile } from '@/data/use-pack';
import { PackText } from '@/components/ui/pack-text';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { formatPartialDate } from '@/lib/format-date';
import { formatMoney, sumByCurrency } from '@/lib/money';
import { comparePartialDates } from '@/lib/partial-date';
import { linkTo } from '@/registry/global-params';

/** A headline number that links into its view. */
function FigureCard({
  title,
  to,
  number,
  children,
  wide = false,
}: {
  title: string;
  to: string;
  number?: number;
  children: ReactNode;
  wide?: boolean;
}) {
  const location = useLocation();
  const headingId = useId();
  const { locale } = useT();
  return (
    <section
      className={`figure-card${wide ? ' figure-card--wide' : ''}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>
        <Link to={linkTo(to, location.search)}>{title}</Link>
      </h2>
      {number !== undefined && (
        <p className="figure-card__number">{formatNumber(number, locale)}</p>
      )}
      {children}
    </section>
  );
}

export function ProjectFigures() {
  const { t } = useT();
  const { projects } = usePackFile('projects.json');
  const subProjects = projects.filter((p) => p.parent).length;
  return (
    <FigureCard
      title={t('overview.figures.projects.title')}
      to="/projects"
      number={projects.length}
    >
      <p>{t('overview.figures.projects.text', { count: subProjects })}</p>
    </FigureCard>
  );
}

export function AgreementFigures() {
  const { t } = useT();
  const { agreements } = usePackFile('agreements.json');
  return (
    <FigureCard
      title={t('overview.figures.agreements.title')}
      to="/agreements"
      number={agreements.length}
    >
      <p>{t('overview.figures.agreements.text')}</p>
    </FigureCard>
  );
}

export function EventFigures() {
  const { t } = useT();
  const { events } = usePackFile('events.json');
  return (
    <FigureCard title={t('overview.figures.events.title')} to="/timeline" number={events.length}>
      <p>{t('overview.figures.events.text')}</p>
    </FigureCard>
  );
}

export function SectorFigures() {
  const { t } = useT();
  const { sectors } = usePackFile('sectors.json');
  return (
    <FigureCard title={t('overview.figures.sectors.title')} to="/sectors" number={sectors.length}>
      <p>{t('overview.figures.sectors.text')}</p>
    </FigureCard>
  );
}

export function ValueByCurrency() {
  const { t, locale } = useT();
  const { projects } = usePackFile('projects.json');
  // Sub-projects are counted in their parent's value already; only top-level projects are summed.
  const topLevel = projects.filter((p) => !p.parent);
  const valued = topLevel.filter((p) => p.value).map((p) => p.value!.main);
  const totals = sumByCurrency(valued);
  const counts = new Map<string, number>();
  for (const m of valued) counts.set(m.currency, (counts.get(m.currency) ?? 0) + 1);
  const undisclosed = topLevel.length - valued.length;
  return (
    <FigureCard title={t('overview.figures.value.title')} to="/sectors">
      <ul className="plain-list overview-values">
        {totals.map((total) => (
          <li key={total.currency}>
            <span className="overview-values__amount">{formatMoney(total, locale)}</span>{' '}
            <span className="overview-values__count">
              {t('overview.figures.value.across', { count: counts.get(total.currency) ?? 0 })}
            </span>
          </li>
        ))}
      </ul>
      <p className="figure-card__note">
        {t('overview.figures.value.note', { count: undisclosed })}
      </p>
    </FigureCard>
  );
}

export function LatestEvents() {
  const { t, locale } = useT();
  const { events } = usePackFile('events.json');
  const latest = [...events].sort((a, b) => comparePartialDates(b.date, a.date)).slice(0, 5);
  return (
    <FigureCard title={t('overview.figures.latest.title')} to="/timeline">
      <ol className="plain-list overview-events">
        {latest.map((e) => (
          <li key={e.id}>
            <time dateTime={e.date}>{formatPartialDate(e.date, locale)}</time>{' '}
            <PackText value={e.title} />
          </li>
        ))}
      </ol>
    </FigureCard>
  );
}
