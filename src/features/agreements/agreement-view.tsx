import { Link, useLocation, useParams } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { DataBoundary } from '../../components/data-boundary/data-boundary';
import { NoteList } from '../../components/sources/note-list';
import { SourceList } from '../../components/sources/source-list';
import { ValueCompare } from '../../components/sources/value-compare';
import { Badge } from '../../components/ui/badge';
import { NotFound } from '../../components/ui/not-found';
import { RecordBadges } from '../../components/ui/record-badges';
import { ViewHeader } from '../../components/ui/view-header';
import { agreementStatusLabel, agreementTypeLabel } from '../../data/labels';
import { allSources, recordFlags } from '../../data/record-flags';
import { useCountryNames, usePackFile } from '../../data/use-pack';
import { formatPartialDate } from '../../lib/format-date';
import { textOf } from '../../lib/text';
import { partyLabel, precisionNote } from './agreement-labels';
import { AgreementPackage } from './agreement-package';
import { AgreementEvents, AgreementLinks } from './agreement-related';
import { AgreementSelectionNav } from './agreement-selection-nav';
import { useAgreementSelection } from './use-agreement-selection';
import './agreements.css';

export function AgreementView() {
  const { agreementId = '' } = useParams();
  const location = useLocation();
  const meta = usePackFile('pack.json');
  const { agreements } = usePackFile('agreements.json');
  const countryNames = useCountryNames();
  const { recordLink, listLink } = useAgreementSelection();
  const agreement = agreements.find((a) => a.id === agreementId);
  if (!agreement)
    return (
      <NotFound
        what={`agreement "${agreementId}"`}
        backTo={linkTo('/agreements', location.search)}
        backLabel="All agreements"
      />
    );
  const precision = precisionNote(agreement.date);
  return (
    <article className="record-page agreement-page">
      <ViewHeader title={textOf(agreement.title)} asOf={meta.asOf}>
        <p className="record-page__lede">{textOf(agreement.subject)}</p>
        <RecordBadges flags={recordFlags(agreement)} />
        {agreement.unverified && (
          <p className="agreement-page__unverified">
            <Badge tone="warn">Unverified</Badge> {textOf(agreement.unverified)}
          </p>
        )}
      </ViewHeader>
      <AgreementSelectionNav agreementId={agreement.id} />
      <dl className="record-page__facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={agreement.date}>{formatPartialDate(agreement.date)}</time>
          {precision && <span className="agreement-page__precision"> ({precision})</span>}
          {agreement.dateNote && <> — {textOf(agreement.dateNote)}</>}
        </dd>
        <dt>Type</dt>
        <dd>{agreementTypeLabel(agreement.type)}</dd>
        <dt>Status</dt>
        <dd>
          {agreement.status ? agreementStatusLabel(agreement.status) : 'Not stated in the sources'}
        </dd>
        <dt>Parties</dt>
        <dd>
          <ul className="plain-list">
            {agreement.parties.map((party, i) => (
              <li key={i}>
                {partyLabel(party, countryNames)}
                {party.role ? ` — ${textOf(party.role)}` : ''}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <AgreementPackage agreement={agreement} all={agreements} recordLink={recordLink} />
      <DataBoundary loadingLabel="Loading linked projects and sectors…">
        <AgreementLinks projectIds={agreement.projects} sectorIds={agreement.sectors} />
      </DataBoundary>
      {agreement.value && (
        <section aria-labelledby="agreement-value-heading">
          <h2 id="agreement-value-heading">Value</h2>
          <ValueCompare
            main={agreement.value.main}
            alternatives={agreement.value.alternatives}
            sideNames={countryNames}
          />
        </section>
      )}
      {agreement.notes.length > 0 && (
        <section aria-labelledby="agreement-notes-heading">
          <h2 id="agreement-notes-heading">Details and disagreements</h2>
          <NoteList notes={agreement.notes} sideNames={countryNames} />
        </section>
      )}
      <DataBoundary loadingLabel="Loading events…">
        <AgreementEvents agreementId={agreement.id} />
      </DataBoundary>
      <SourceList sources={allSources(agreement)} sideNames={countryNames} headingLevel={2} />
      <p className="agreement-page__back">
        <Link to={listLink}>Back to the list</Link>
      </p>
    </article>
  );
}
