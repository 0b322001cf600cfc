import { useId } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { NoteList } from '@/components/sources/note-list';
import { NotFound } from '@/components/ui/not-found';
import { PackText, usePackText } from '@/components/ui/pack-text';
import { ViewHeader } from '@/components/ui/view-header';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatPartialDate } from '@/lib/format-date';
import { linkTo } from '@/registry/global-params';
import { SectorAgreements } from './sector-agreements';
import { SectorProjects } from './sector-projects';
import './sectors.css';

/** One sector: its projects, agreements and sourced facts; each part reads its own file. */
export function SectorView() {
  const { sectorId } = useParams();
  const location = useLocation();
  const factsId = useId();
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const meta = usePackFile('pack.json');
  const { sectors } = usePackFile('sectors.json');
  const countryNames = useCountryNames();
  const sector = sectors.find((s) => s.id === sectorId);
  if (!sector)
    return (
      <NotFound
        what={t('sectors.page.notFound', { id: sectorId ?? '' })}
        backTo={linkTo('/sectors', location.search)}
        backLabel={t('sectors.page.back')}
      />
    );
  const facts = sector.facts.map((fact) => ({
    ...fact,
    text: fact.date
      ? t('sectors.page.datedFact', {
          date: formatPartialDate(fact.date, locale),
          text: text(fact.text),
        })
      : fact.text,
  }));
  return (
    <article className="record-page sector-page">
      <ViewHeader title={text(sector.name)} titleLang={langOf(sector.name)} asOf={meta.asOf}>
        {sector.description && (
          <PackText as="p" className="record-page__lede" value={sector.description} />
        )}
      </ViewHeader>
      <DataBoundary loadingLabel={t('sectors.loading.projects')}>
        <SectorProjects sectorId={sector.id} />
      </DataBoundary>
      <DataBoundary loadingLabel={t('sectors.loading.agreements')}>
        <SectorAgreements sectorId={sector.id} />
      </DataBoundary>
      <section aria-labelledby={factsId}>
        <h2 id={factsId}>
          {t('sectors.page.facts')} <span className="count">({sector.facts.length})</span>
        </h2>
        {facts.length === 0 ? (
          <p>{t('sectors.page.noFacts')}</p>
        ) : (
          <NoteList notes={facts} sideNames={countryNames} />
        )}
      </section>
    </article>
  );
}
