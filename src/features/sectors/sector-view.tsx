import { Link, useLocation, useParams } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { SourceList } from '../../components/sources/source-list';
import { Badge } from '../../components/ui/badge';
import { NotFound } from '../../components/ui/not-found';
import { ViewHeader } from '../../components/ui/view-header';
import { useCountryNames, usePackFile } from '../../data/use-pack';
import { textOf } from '../../lib/text';

export function SectorView() {
  const { sectorId } = useParams();
  const location = useLocation();
  const meta = usePackFile('pack.json');
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
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
  const inSector = projects.filter((p) => p.sectors.includes(sector.id));
  return (
    <article className="record-page">
      <ViewHeader title={textOf(sector.name)} asOf={meta.asOf}>
        {sector.description && <p className="record-page__lede">{textOf(sector.description)}</p>}
      </ViewHeader>
      <section aria-labelledby="sector-projects">
        <h2 id="sector-projects">Projects ({inSector.length})</h2>
        <ul className="plain-list">
          {inSector.map((p) => (
            <li key={p.id}>
              <Link to={linkTo(`/projects/${p.id}`, location.search)}>{textOf(p.name)}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sector-facts">
        <h2 id="sector-facts">Facts ({sector.facts.length})</h2>
        <ul className="fact-list">
          {sector.facts.map((fact, i) => (
            <li key={i}>
              {fact.conflict && <Badge tone="warn">Sources disagree</Badge>} {textOf(fact.text)}
              <SourceList sources={fact.sources} sideNames={countryNames} headingLevel={3} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
