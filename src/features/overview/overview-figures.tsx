import { useId, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { usePackFile } from '../../data/use-pack';
import { formatPartialDate } from '../../lib/format-date';
import { formatMoney, sumByCurrency } from '../../lib/money';
import { comparePartialDates } from '../../lib/partial-date';
import { textOf } from '../../lib/text';

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
  return (
    <section
      className={`figure-card${wide ? ' figure-card--wide' : ''}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>
        <Link to={linkTo(to, location.search)}>{title}</Link>
      </h2>
      {number !== undefined && <p className="figure-card__number">{number}</p>}
      {children}
    </section>
  );
}

export function ProjectFigures() {
  const { projects } = usePackFile('projects.json');
  const subProjects = projects.filter((p) => p.parent).length;
  return (
    <FigureCard title="Projects" to="/projects" number={projects.length}>
      <p>projects, of which {subProjects} are parts of larger ones</p>
    </FigureCard>
  );
}

export function AgreementFigures() {
  const { agreements } = usePackFile('agreements.json');
  return (
    <FigureCard title="Agreements" to="/agreements" number={agreements.length}>
      <p>agreements, MoUs and other documents</p>
    </FigureCard>
  );
}

export function EventFigures() {
  const { events } = usePackFile('events.json');
  return (
    <FigureCard title="Events" to="/timeline" number={events.length}>
      <p>dated events on the timeline</p>
    </FigureCard>
  );
}

export function SectorFigures() {
  const { sectors } = usePackFile('sectors.json');
  return (
    <FigureCard title="Sectors" to="/sectors" number={sectors.length}>
      <p>sectors of cooperation, each with its projects and facts</p>
    </FigureCard>
  );
}

export function ValueByCurrency() {
  const { projects } = usePackFile('projects.json');
  // Sub-projects are counted in their parent's value already; only top-level projects are summed.
  const topLevel = projects.filter((p) => !p.parent);
  const valued = topLevel.filter((p) => p.value).map((p) => p.value!.main);
  const totals = sumByCurrency(valued);
  const counts = new Map<string, number>();
  for (const m of valued) counts.set(m.currency, (counts.get(m.currency) ?? 0) + 1);
  const undisclosed = topLevel.length - valued.length;
  return (
    <FigureCard title="Stated value by currency" to="/sectors">
      <ul className="plain-list overview-values">
        {totals.map((t) => (
          <li key={t.currency}>
            <span className="overview-values__amount">{formatMoney(t)}</span>{' '}
            <span className="overview-values__count">
              across {counts.get(t.currency)} project{counts.get(t.currency) === 1 ? '' : 's'}
            </span>
          </li>
        ))}
      </ul>
      <p className="figure-card__note">
        Main figures of top-level projects as the sources state them, never converted or added
        across currencies. Sub-projects are not counted twice; {undisclosed} project
        {undisclosed === 1 ? ' has' : 's have'} no disclosed value.
      </p>
    </FigureCard>
  );
}

export function LatestEvents() {
  const { events } = usePackFile('events.json');
  const latest = [...events].sort((a, b) => comparePartialDates(b.date, a.date)).slice(0, 5);
  return (
    <FigureCard title="Latest events" to="/timeline">
      <ol className="plain-list overview-events">
        {latest.map((e) => (
          <li key={e.id}>
            <time dateTime={e.date}>{formatPartialDate(e.date)}</time> {textOf(e.title)}
          </li>
        ))}
      </ol>
    </FigureCard>
  );
}
