import { useId } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { DataBoundary } from '../../components/data-boundary/data-boundary';
import { NoteList } from '../../components/sources/note-list';
import { NotFound } from '../../components/ui/not-found';
import { ViewHeader } from '../../components/ui/view-header';
import { useCountryNames, usePackFile } from '../../data/use-pack';
import { formatPartialDate } from '../../lib/format-date';
import { textOf } from '../../lib/text';
import { SectorAgreements } from './sector-agreements';
import { SectorProjects } from './sector-projects';
import './sectors.css';

/** One sector: its projects, agreements and sourced facts; each part reads its own file. */
export function SectorView() {
  const { sectorId } = useParams();
  const location = useLocation();
  const factsId = useId();
  const meta = usePackFile('pack.json');
  const { sectors } = usePackFile('sectors.json');
  const countryNames = useCountryNames();
  const sector = sectors.find((s) => s.id === sectorId);
  if (!sector)
    return (
      <NotFound
        what={`sector "${sectorId ?? ''}"`}
        backTo={linkTo('/sectors', location.search)}
        backLabel="All sectors"
      />
    );
  const facts = sector.facts.map((fact) => ({
    ...fact,
    text: fact.date ? `${formatPartialDate(fact.date)}: ${textOf(fact.text)}` : fact.text,
  }));
  return (
    <article className="record-page sector-page">
      <ViewHeader title={textOf(sector.name)} asOf={meta.asOf}>
        {sector.description && <p className="record-page__lede">{textOf(sector.description)}</p>}
      </ViewHeader>
      <DataBoundary loadingLabel="Loading projects…">
        <SectorProjects sectorId={sector.id} />
      </DataBoundary>
      <DataBoundary loadingLabel="Loading agreements…">
        <SectorAgreements sectorId={sector.id} />
      </DataBoundary>
      <section aria-labelledby={factsId}>
        <h2 id={factsId}>
          Sourced facts <span className="count">({sector.facts.length})</span>
        </h2>
        {facts.length === 0 ? (
          <p>The pack has no sourced facts about this sector yet.</p>
        ) : (
          <NoteList notes={facts} sideNames={countryNames} />
        )}
      </section>
    </article>
  );
}
