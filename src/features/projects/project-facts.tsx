import { Link, useLocation } from 'react-router-dom';
import { PackText } from '@/components/ui/pack-text';
import { statusLabel } from '@/data/labels';
import type { PlaceRecord, ProjectRecord, SectorRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import { formatPartialDate } from '@/lib/format-date';
import { PackTextList } from '@/components/ui/pack-text-list';
import { linkTo } from '@/registry/global-params';

interface Props {
  project: ProjectRecord;
  projects: readonly ProjectRecord[];
  sectors: readonly SectorRecord[];
  /** Country names in the reader's language, by code. */
  countryNames: Record<string, string>;
  /** Carried by links to other projects, so previous / next still follow the reader's list. */
  selection: string;
}

/** Every descriptive field of a project, as a definition list. */
export function ProjectFacts({ project, projects, sectors, countryNames, selection }: Props) {
  const location = useLocation();
  const { t, locale } = useT();
  const parent = project.parent ? projects.find((p) => p.id === project.parent) : undefined;
  const children = projects.filter((p) => p.parent === project.id);
  const sectorName = (id: string) => sectors.find((s) => s.id === id)?.name ?? id;
  const country = (code: string) => countryNames[code] ?? code.toUpperCase();
  const date = (value: string | undefined, missing: string) =>
    value ? <time dateTime={value}>{formatPartialDate(value, locale)}</time> : missing;
  const position = ({ coordinates: c }: PlaceRecord) =>
    c
      ? ` — ${c.lat.toFixed(2)}°, ${c.lon.toFixed(2)}°${c.approximate ? ` (${t('projects.facts.approximatePosition')})` : ''}`
      : '';
  return (
    <dl className="record-page__facts">
      <dt>{t('projects.facts.status')}</dt>
      <dd>
        {statusLabel(project.status, t)}
        {project.statusNote && (
          <>
            {' — '}
            <PackText value={project.statusNote} />
          </>
        )}
      </dd>
      <dt>{t('projects.facts.sectors')}</dt>
      <dd>
        <PackTextList
          values={project.sectors.map(sectorName)}
          wrap={(name, i) => (
            <Link to={linkTo(`/sectors/${project.sectors[i]}`, location.search)}>{name}</Link>
          )}
        />
      </dd>
      {parent && (
        <>
          <dt>{t('projects.facts.partOf')}</dt>
          <dd>
            <Link to={`/projects/${parent.id}${selection}`}>
              <PackText value={parent.name} />
            </Link>
          </dd>
        </>
      )}
      {children.length > 0 && (
        <>
          <dt>{t('projects.facts.subProjects')}</dt>
          <dd>
            <PackTextList
              values={children.map((c) => c.name)}
              wrap={(name, i) => (
                <Link to={`/projects/${children[i]!.id}${selection}`}>{name}</Link>
              )}
            />
          </dd>
        </>
      )}
      <dt>{t('projects.facts.start')}</dt>
      <dd>{date(project.start, t('projects.facts.notGiven'))}</dd>
      <dt>{t('projects.facts.end')}</dt>
      <dd>{date(project.end, t('projects.facts.noEnd'))}</dd>
      <dt>{t('projects.facts.partners')}</dt>
      <dd>
        {project.partners.length === 0 ? (
          t('projects.facts.notListed')
        ) : (
          <ul className="plain-list">
            {project.partners.map((p, i) => (
              <li key={i}>
                {p.name}
                {p.country ? ` (${country(p.country)})` : ''}
                {p.role && (
                  <>
                    {' — '}
                    <PackText value={p.role} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('projects.facts.location')}</dt>
      <dd>
        {project.places.length === 0 ? (
          t('projects.facts.notListed')
        ) : (
          <ul className="plain-list">
            {project.places.map((place, i) => (
              <li key={i}>
                {[place.name, place.state, country(place.country)].filter(Boolean).join(', ')}
                {place.role && place.role !== 'site'
                  ? ` (${t(`projects.facts.role.${place.role}`)})`
                  : ''}
                {position(place)}
              </li>
            ))}
          </ul>
        )}
      </dd>
      {project.unverified && (
        <>
          <dt>{t('projects.facts.unverified')}</dt>
          <dd>
            <PackText value={project.unverified} />
          </dd>
        </>
      )}
    </dl>
  );
}
