import { useId, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { statusLabel } from '../../data/labels';
import { allSources } from '../../data/record-flags';
import type { ProjectRecord } from '../../data/schema';
import { formatMoney } from '../../lib/money';
import { yearOf } from '../../lib/partial-date';
import { textOf } from '../../lib/text';
import { placeLabel } from './to-map-points';

/** Several projects at one spot, listed because no zoom would separate their markers. */
export interface MapListing {
  title: string;
  projects: ProjectRecord[];
}

interface Props {
  selected: ProjectRecord | null;
  /** True when the selected project is among the filtered ones (it has a marker). */
  selectedShown: boolean;
  listing: MapListing | null;
  sectorNames: Record<string, string>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  hrefOf: (project: ProjectRecord) => string;
  onSelect: (project: ProjectRecord) => void;
  onClose: () => void;
}

/** The panel beside the map: the selected project at a glance, with the way to its page. */
export function MapCard(props: Props) {
  const { selected, listing, headingRef, onClose } = props;
  const headingId = useId();
  const body = selected ? (
    <ProjectSummary {...props} project={selected} headingId={headingId} />
  ) : listing ? (
    <>
      <h2 className="map-card__title" id={headingId} ref={headingRef} tabIndex={-1}>
        {listing.title}
      </h2>
      <p>These projects share one position; choose one.</p>
      <ul className="map-card__list">
        {listing.projects.map((project) => (
          <li key={project.id}>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => props.onSelect(project)}
            >
              {textOf(project.name)}
            </button>
          </li>
        ))}
      </ul>
    </>
  ) : (
    <>
      <h2 className="map-card__title" id={headingId} ref={headingRef} tabIndex={-1}>
        Selected project
      </h2>
      <p className="map-card__hint">
        Select a marker (click it, or Tab to it and press Enter) to see its project here.
      </p>
    </>
  );
  return (
    <section className="map-card card" aria-labelledby={headingId}>
      {body}
      {(selected || listing) && (
        <button type="button" className="button button--quiet map-card__close" onClick={onClose}>
          Close
          <span className="visually-hidden"> {selected ? 'the project card' : 'the list'}</span>
        </button>
      )}
    </section>
  );
}

function ProjectSummary({
  project,
  selectedShown,
  sectorNames,
  headingRef,
  headingId,
  hrefOf,
}: Props & { project: ProjectRecord; headingId: string }) {
  const main = project.value?.main;
  const sources = allSources(project).length;
  const located = project.places.filter((p) => p.coordinates).length;
  const approximate = project.places.filter((p) => p.coordinates?.approximate).length;
  return (
    <>
      <h2 className="map-card__title" id={headingId} ref={headingRef} tabIndex={-1}>
        {textOf(project.name)}
      </h2>
      <p className="card__meta">
        <span className="status">{statusLabel(project.status)}</span>
        {' · '}
        {project.sectors.map((id) => sectorNames[id] ?? id).join(', ')}
      </p>
      {!selectedShown && (
        <p className="map-card__note">This project does not match the filters: it has no marker.</p>
      )}
      <dl className="card__facts">
        <dt>{project.places.length === 1 ? 'Place' : 'Places'}</dt>
        <dd>
          {project.places.length === 0 ? (
            'Not listed'
          ) : (
            <ul className="map-card__places">
              {project.places.map((place, i) => (
                <li key={i}>
                  {placeLabel(place)}
                  {place.role && place.role !== 'site' ? ` (${place.role})` : ''}
                  {!place.coordinates && (
                    <span className="map-card__position"> — no position in the pack</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {approximate > 0 && (
            <p className="map-card__position">
              {approximate === located && located === 1
                ? 'Approximate position: the town, not the site.'
                : approximate === located
                  ? 'Approximate positions: the towns, not the sites.'
                  : `${approximate} of ${located} positions approximate (the town, not the site).`}
            </p>
          )}
        </dd>
        <dt>Value</dt>
        <dd>
          {main
            ? `${main.approximate ? 'about ' : ''}${formatMoney(main)}${main.year ? ` (${yearOf(main.year)})` : ''}`
            : 'Not disclosed'}
        </dd>
        <dt>Sources</dt>
        <dd>
          {sources} {sources === 1 ? 'source' : 'sources'}
        </dd>
      </dl>
      <p>
        <Link to={hrefOf(project)}>
          Open the project page<span className="visually-hidden">: {textOf(project.name)}</span>
        </Link>
      </p>
    </>
  );
}
