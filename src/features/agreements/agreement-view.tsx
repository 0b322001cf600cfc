import { Link, useLocation, useParams } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { DataBoundary } from '../../components/data-boundary/data-boundary';
import { NoteList } from '../../components/sources/note-list';
import { SourceList } from '../../components/sources/source-list';
import { ValueCompare } from '../../components/sources/value-compare';
import { NotFound } from '../../components/ui/not-found';
import { RecordBadges } from '../../components/ui/record-badges';
import { ViewHeader } from '../../components/ui/view-header';
import { AGREEMENT_TYPE_LABELS } from '../../data/labels';
import { allSources, recordFlags } from '../../data/record-flags';
import { useCountryNames, usePackFile } from '../../data/use-pack';
import { formatPartialDate } from '../../lib/format-date';
import { textOf } from '../../lib/text';

export function AgreementView() {
  const { agreementId } = useParams();
  const location = useLocation();
  const meta = usePackFile('pack.json');
  const { agreements } = usePackFile('agreements.json');
  const countryNames = useCountryNames();
  const agreement = agreements.find((a) => a.id === agreementId);
  if (!agreement)
    return (
      <NotFound
        what={`agreement "${agreementId ?? ''}"`}
        backTo={linkTo('/agreements', location.search)}
        backLabel="All agreements"
      />
    );
  const parent = agreements.find((a) => a.id === agreement.parent);
  const parts = agreements.filter((a) => a.parent === agreement.id);
  const link = (path: string) => linkTo(path, location.search);
  return (
    <article className="record-page">
      <ViewHeader title={textOf(agreement.title)} asOf={meta.asOf}>
        <p className="record-page__lede">{textOf(agreement.subject)}</p>
        <RecordBadges flags={recordFlags(agreement)} />
      </ViewHeader>
      <dl className="record-page__facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={agreement.date}>{formatPartialDate(agreement.date)}</time>
          {agreement.dateNote ? ` — ${textOf(agreement.dateNote)}` : ''}
        </dd>
        <dt>Type</dt>
        <dd>
          {AGREEMENT_TYPE_LABELS[agreement.type]}
          {agreement.status ? ` (${agreement.status})` : ''}
        </dd>
        <dt>Parties</dt>
        <dd>
          {agreement.parties
            .map((p) =>
              p.country
                ? `${p.name} (${countryNames[p.country] ?? p.country.toUpperCase()})`
                : p.name,
            )
            .join('; ')}
        </dd>
        {parent && (
          <>
            <dt>Part of</dt>
            <dd>
              <Link to={link(`/agreements/${parent.id}`)}>{textOf(parent.title)}</Link>
            </dd>
          </>
        )}
        {parts.length > 0 && (
          <>
            <dt>Documents in this package</dt>
            <dd>
              <ul className="plain-list">
                {parts.map((p) => (
                  <li key={p.id}>
                    <Link to={link(`/agreements/${p.id}`)}>{textOf(p.title)}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <DataBoundary>
        <AgreementLinks projects={agreement.projects} sectors={agreement.sectors} />
      </DataBoundary>
      {agreement.value && (
        <ValueCompare
          main={agreement.value.main}
          alternatives={agreement.value.alternatives}
          sideNames={countryNames}
        />
      )}
      {agreement.notes.length > 0 && (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Details and disagreements</h2>
          <NoteList notes={agreement.notes} sideNames={countryNames} />
        </section>
      )}
      <SourceList sources={allSources(agreement)} sideNames={countryNames} headingLevel={2} />
    </article>
  );
}

function AgreementLinks({
  projects: projectIds,
  sectors: sectorIds,
}: {
  projects: string[];
  sectors: string[];
}) {
  const location = useLocation();
  const { projects } = usePackFile('projects.json');
  const { sectors } = usePackFile('sectors.json');
  return (
    <dl className="record-page__facts">
      <dt>Projects</dt>
      <dd>
        {projectIds.length === 0
          ? 'None named'
          : projectIds.map((id, i) => {
              const project = projects.find((p) => p.id === id);
              return (
                <span key={id}>
                  {i > 0 && ', '}
                  {project ? (
                    <Link to={linkTo(`/projects/${id}`, location.search)}>
                      {textOf(project.name)}
                    </Link>
                  ) : (
                    `${id} (missing from projects.json)`
                  )}
                </span>
              );
            })}
      </dd>
      <dt>Sectors</dt>
      <dd>
        {sectorIds.length === 0
          ? 'None named'
          : sectorIds.map((id, i) => {
              const sector = sectors.find((s) => s.id === id);
              return (
                <span key={id}>
                  {i > 0 && ', '}
                  {sector ? (
                    <Link to={linkTo(`/sectors/${id}`, location.search)}>
                      {textOf(sector.name)}
                    </Link>
                  ) : (
                    `${id} (missing from sectors.json)`
                  )}
                </span>
              );
            })}
      </dd>
    </dl>
  );
}
