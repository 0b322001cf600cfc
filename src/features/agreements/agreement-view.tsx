import { Link, useLocation, useParams } from 'react-router-dom';
import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { NoteList } from '@/components/sources/note-list';
import { SourceList } from '@/components/sources/source-list';
import { ValueCompare } from '@/components/sources/value-compare';
import { Badge } from '@/components/ui/badge';
import { HeadingSection } from '@/components/ui/heading-section';
import { NotFound } from '@/components/ui/not-found';
import { PackText, usePackText } from '@/components/ui/pack-text';
import { RecordBadges } from '@/components/ui/record-badges';
import { ViewHeader } from '@/components/ui/view-header';
import { agreementStatusLabel, agreementTypeLabel } from '@/data/labels';
import { allSources, recordFlags } from '@/data/record-flags';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatPartialDate } from '@/lib/format-date';
import { linkTo } from '@/registry/global-params';
import { partyLabel, precisionNote } from './agreement-labels';
import { AgreementPackage } from './agreement-package';
import { AgreementEvents, AgreementLinks } from './agreement-related';
import { AgreementSelectionNav } from './agreement-selection-nav';
import { useAgreementSelection } from './use-agreement-selection';
import './agreements.css';

export function AgreementView() {
  const { agreementId = '' } = useParams();
  const location = useLocation();
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const meta = usePackFile('pack.json');
  const { agreements } = usePackFile('agreements.json');
  const countryNames = useCountryNames();
  const { recordLink, listLink } = useAgreementSelection();
  const agreement = agreements.find((a) => a.id === agreementId);
  if (!agreement)
    return (
      <NotFound
        what={t('agreements.page.notFound', { id: agreementId })}
        backTo={linkTo('/agreements', location.search)}
        backLabel={t('agreements.page.all')}
      />
    );
  const precision = precisionNote(agreement.date, t);
  return (
    <article className="record-page agreement-page">
      <ViewHeader
        title={text(agreement.title)}
        titleLang={langOf(agreement.title)}
        asOf={meta.asOf}
      >
        <PackText as="p" className="record-page__lede" value={agreement.subject} />
        <RecordBadges flags={recordFlags(agreement)} />
        {agreement.unverified && (
          <p className="agreement-page__unverified">
            <Badge tone="warn">{t('agreements.page.unverified')}</Badge>{' '}
            <PackText value={agreement.unverified} />
          </p>
        )}
      </ViewHeader>
      <AgreementSelectionNav agreementId={agreement.id} />
      <dl className="record-page__facts">
        <dt>{t('agreements.page.date')}</dt>
        <dd>
          <time dateTime={agreement.date}>{formatPartialDate(agreement.date, locale)}</time>
          {precision && (
            <span className="agreement-page__precision">
              {' '}
              {t('agreements.precision.shown', { note: precision })}
            </span>
          )}
          {agreement.dateNote && (
            <>
              {' — '}
              <PackText value={agreement.dateNote} />
            </>
          )}
        </dd>
        <dt>{t('agreements.page.type')}</dt>
        <dd>{agreementTypeLabel(agreement.type, t)}</dd>
        <dt>{t('agreements.page.status')}</dt>
        <dd>
          {agreement.status
            ? agreementStatusLabel(agreement.status, t)
            : t('agreements.page.statusUnknown')}
        </dd>
        <dt>{t('agreements.page.parties')}</dt>
        <dd>
          <ul className="plain-list">
            {agreement.parties.map((party, i) => (
              <li key={i}>
                {partyLabel(party, countryNames, t)}
                {party.role && (
                  <>
                    {' — '}
                    <PackText value={party.role} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <AgreementPackage agreement={agreement} all={agreements} recordLink={recordLink} />
      <DataBoundary loadingLabel={t('agreements.page.loadingLinks')}>
        <AgreementLinks projectIds={agreement.projects} sectorIds={agreement.sectors} />
      </DataBoundary>
      {agreement.value && (
        <HeadingSection id="agreement-value-heading" heading={t('agreements.page.value')}>
          <ValueCompare value={agreement.value} sideNames={countryNames} />
        </HeadingSection>
      )}
      {agreement.notes.length > 0 && (
        <HeadingSection id="agreement-notes-heading" heading={t('agreements.page.notes')}>
          <NoteList notes={agreement.notes} sideNames={countryNames} />
        </HeadingSection>
      )}
      <DataBoundary loadingLabel={t('agreements.page.loadingEvents')}>
        <AgreementEvents agreementId={agreement.id} />
      </DataBoundary>
      <SourceList sources={allSources(agreement)} sideNames={countryNames} headingLevel={2} />
      <p className="agreement-page__back">
        <Link to={listLink}>{t('agreements.page.back')}</Link>
      </p>
    </article>
  );
}
