import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { DataBoundary } from '../../components/data-boundary/data-boundary';
import { ViewHeader } from '../../components/ui/view-header';
import { usePackFile } from '../../data/use-pack';
import { formatPartialDate } from '../../lib/format-date';
import { formatMoney, sumByCurrency } from '../../lib/money';
import { comparePartialDates } from '../../lib/partial-date';
import { textOf } from '../../lib/text';

/** Headline figures; each block reads its own file so one broken file leaves the others visible. */
export function OverviewView() {
  const meta = usePackFile('pack.json');
  return (
    <>
      <ViewHeader title="Overview" asOf={meta.asOf}>
        <p className="record-page__lede">{textOf(meta.description)}</p>
      </ViewHeader>
      <div className="overview-grid">
        <DataBoundary>
          <ProjectFigures />
        </DataBoundary>
        <DataBoundary>
          <AgreementFigures />
        </DataBoundary>
        <DataBoundary>
          <LatestEvents />
        </DataBoundary>
      </div>
    </>
  );
}

function ProjectFigures() {
  const location = useLocation();
  const { projects } = usePackFile('projects.json');
  // Sub-projects are counted in their parent's value already; only top-level projects are summed.
  const totals = sumByCurrency(
    projects.filter((p) => !p.parent && p.value).map((p) => p.value!.main),
  );
  return (
    <section className="figure-card" aria-labelledby="ov-projects">
      <h2 id="ov-projects">
        <Link to={linkTo('/projects', location.search)}>Projects</Link>
      </h2>
      <p className="figure-card__number">{projects.length}</p>
      <p>projects and sub-projects</p>
      <h3>Stated value by currency</h3>
      <p className="figure-card__note">
        Main figures of top-level projects, never converted or added across currencies.
      </p>
      <ul className="plain-list">
        {totals.map((t) => (
          <li key={t.currency}>{formatMoney(t)}</li>
        ))}
      </ul>
    </section>
  );
}

function AgreementFigures() {
  const location = useLocation();
  const { agreements } = usePackFile('agreements.json');
  return (
    <section className="figure-card" aria-labelledby="ov-agreements">
      <h2 id="ov-agreements">
        <Link to={linkTo('/agreements', location.search)}>Agreements</Link>
      </h2>
      <p className="figure-card__number">{agreements.length}</p>
      <p>agreements, MoUs and other documents</p>
    </section>
  );
}

function LatestEvents() {
  const location = useLocation();
  const { events } = usePackFile('events.json');
  const latest = [...events].sort((a, b) => comparePartialDates(b.date, a.date)).slice(0, 5);
  return (
    <section className="figure-card figure-card--wide" aria-labelledby="ov-events">
      <h2 id="ov-events">
        <Link to={linkTo('/timeline', location.search)}>Latest events</Link>
      </h2>
      <p className="figure-card__number">{events.length}</p>
      <p>dated events in the pack; the five most recent:</p>
      <ol className="plain-list">
        {latest.map((e) => (
          <li key={e.id}>
            <time dateTime={e.date}>{formatPartialDate(e.date)}</time> — {textOf(e.title)}
          </li>
        ))}
      </ol>
    </section>
  );
}
