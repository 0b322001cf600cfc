import { useParams } from 'react-router-dom';
import { FitList } from '@/components/slide/fit-list';
import { SlideFrame } from '@/components/slide/slide-frame';
import { NotFound } from '@/components/ui/not-found';
import { PackText } from '@/components/ui/pack-text';
import { RecordBadges } from '@/components/ui/record-badges';
import { agreementStatusLabel, agreementTypeLabel } from '@/data/labels';
import { allSources, recordFlags } from '@/data/record-flags';
import type { AgreementRecord } from '@/data/schema';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { formatPartialDate } from '@/lib/format-date';
import { partyLabel } from './agreement-labels';
import './agreements-slide.css';

/**
 * An agreement as a slide: its title, date and type, what it is about, its parties, its package
 * and the projects it names, rather than the whole record; the sources are one key away.
 */
export function AgreementSlide() {
  const { agreementId = '' } = useParams();
  const meta = usePackFile('pack.json');
  const { agreements } = usePackFile('agreements.json');
  const countryNames = useCountryNames();
  const { t, locale } = useT();
  const agreement = agreements.find((a) => a.id === agreementId);
  if (!agreement)
    return (
      <NotFound
        what={t('agreements.page.notFound', { id: agreementId })}
        backTo="/agreements"
        backLabel={t('agreements.page.all')}
      />
    );
  const kind = [
    agreementTypeLabel(agreement.type, t),
    ...(agreement.status ? [agreementStatusLabel(agreement.status, t)] : []),
  ].join(' · ');
  return (
    <SlideFrame sources={allSources(agreement)} sideNames={countryNames} asOf={meta.asOf}>
      <div className="agreement-slide">
        <div className="agreement-slide__facts">
          <h2 className="agreement-slide__title">
            <PackText value={agreement.title} />
          </h2>
          <p className="agreement-slide__meta">
            <time dateTime={agreement.date}>{formatPartialDate(agreement.date, locale)}</time>
            {' · '}
            {kind} <RecordBadges flags={recordFlags(agreement)} />
          </p>
          <PackText as="p" className="agreement-slide__subject" value={agreement.subject} />
          <h3>{t('agreements.page.parties')}</h3>
          <FitList
            className="agreement-slide__list"
            items={agreement.parties}
            keyOf={(party) => `${party.name}:${party.country ?? ''}`}
            render={(party) => (
              <>
                {partyLabel(party, countryNames, t)}
                {party.role && (
                  <>
                    {' — '}
                    <PackText value={party.role} />
                  </>
                )}
              </>
            )}
          />
        </div>
        <div className="agreement-slide__related">
          <SlidePackage agreement={agreement} all={agreements} />
          <SlideProjects ids={agreement.projects} />
        </div>
      </div>
    </SlideFrame>
  );
}

/** The package it belongs to and the package's other documents, or a package's own documents. */
function SlidePackage({ agreement, all }: { agreement: AgreementRecord; all: AgreementRecord[] }) {
  const { t, locale } = useT();
  const parent = agreement.parent ? all.find((a) => a.id === agreement.parent) : undefined;
  const packageId = parent ? parent.id : agreement.id;
  const documents = all.filter((a) => a.parent === packageId);
  if (!parent && documents.length === 0) return null;
  const others = documents.filter((d) => d.id !== agreement.id);
  const count = formatNumber(documents.length, locale);
  return (
    <>
      <h3>
        {t(parent ? 'agreements.package.partOf' : 'agreements.package.documents')}{' '}
        {t('agreements.package.recorded', { count })}
      </h3>
      {parent && <PackText as="p" className="agreement-slide__package" value={parent.title} />}
      {parent && others.length > 0 && <h3>{t('agreements.slide.others')}</h3>}
      {others.length > 0 && (
        <FitList
          className="agreement-slide__list"
          items={others}
          keyOf={(d) => d.id}
          render={(d) => (
            <>
              <PackText value={d.title} />{' '}
              <span className="agreement-slide__type">({agreementTypeLabel(d.type, t)})</span>
            </>
          )}
        />
      )}
    </>
  );
}

/** The projects the agreement names, by name; one the pack lacks is named by its id. */
function SlideProjects({ ids }: { ids: string[] }) {
  const { t } = useT();
  const { projects } = usePackFile('projects.json');
  return (
    <>
      <h3>{t('agreements.links.projects')}</h3>
      {ids.length === 0 ? (
        <p className="agreement-slide__none">{t('agreements.links.noProjects')}</p>
      ) : (
        <FitList
          className="agreement-slide__list"
          items={ids}
          keyOf={(id) => id}
          render={(id) => {
            const project = projects.find((p) => p.id === id);
            return project ? (
              <PackText value={project.name} />
            ) : (
              t('agreements.links.missing', { id, file: 'projects.json' })
            );
          }}
        />
      )}
    </>
  );
}
