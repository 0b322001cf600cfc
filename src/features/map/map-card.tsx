import { useId, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { PackText } from '@/components/ui/pack-text';
import { statusLabel } from '@/data/labels';
import { allSources } from '@/data/record-flags';
import type { ProjectRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { formatMoney } from '@/lib/money';
import { yearOf } from '@/lib/partial-date';
import type { TextValue } from '@/lib/text';
import { PackTextList } from '@/components/ui/pack-text-list';
import { placeLabel } from './to-map-points';

/** Several projects at one spot, listed because no zoom would separate their markers. */
export interface MapListing {
  /** The spot's name, "Tanjung Malim, Perak". */
  place: string;
  projects: ProjectRecord[];
}

interface Props {
  selected: ProjectRecord | null;
  /** True when the selected project is among the filtered ones (it has a marker). */
  selectedShown: boolean;
  listing: MapListing | null;
  /** Sector names (pack texts) by id. */
  sectorNames: Record<string, TextValue>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  hrefOf: (project: ProjectRecord) => string;
  onSelect: (project: ProjectRecord) => void;
  onClose: () => void;
}

/** The panel beside the map: the selected project at a glance, with the way to its page. */
export function MapCard(props: Props) {
  const { selected, listing, headingRef, onClose } = props;
  const headingId = useId();
  const { t } = useT();
  const body = selected ? (
    <ProjectSummary {...props} project={selected} headingId={headingId} />
  ) : listing ? (
    <>
      <h2 className="map-card__title" id={headingId} ref={headingRef} tabIndex={-1}>
        {t('map.card.listTitle', { count: listing.projects.length, place: listing.place })}
      </h2>
      <p>{t('map.card.listHint')}</p>
      <ul className="map-card__list">
        {listing.projects.map((project) => (
          <li key={project.id}>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => props.onSelect(project)}
            >
              <PackText value={project.name} />
            </button>
          </li>
        ))}
      </ul>
    </>
  ) : (
    <>
      <h2 className="map-card__title" id={headingId} ref={headingRef} tabIndex={-1}>
        {t('map.card.emptyTitle')}
      </h2>
      <p className="map-card__hint">{t('map.card.emptyHint')}</p>
    </>
  );
  return (
    <section className="map-card card" aria-labelledby={headingId}>
      {body}
      {(selected || listing) && (
        <button
          type="button"
          className="button button--quiet map-card__close"
          aria-label={selected ? t('map.card.closeCard') : t('map.card.closeList')}
          onClick={onClose}
        >
          {t('map.card.close')}
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
  const { t, locale } = useT();
  const main = project.value?.main;
  const sources = allSources(project).length;
  const located = project.places.filter((p) => p.coordinates).length;
  const approximate = project.places.filter((p) => p.coordinates?.approximate).length;
  const money = main && formatMoney(main, locale);
  const value =
    main && main.year
      ? t('map.card.valueYear', { value: money, year: String(yearOf(main.year)) })
      : money;
  return (
    <>
      <h2 className="map-card__title" id={headingId} ref={headingRef} tabIndex={-1}>
        <PackText value={project.name} />
      </h2>
      <p className="card__meta">
        <span className="status">{statusLabel(project.status, t)}</span>
        {' · '}
        <PackTextList values={project.sectors.map((id) => sectorNames[id] ?? id)} />
      </p>
      {!selectedShown && <p className="map-card__note">{t('map.card.notShown')}</p>}
      <dl className="card__facts">
        <dt>{t('map.card.places', { count: project.places.length })}</dt>
        <dd>
          {project.places.length === 0 ? (
            t('map.card.notListed')
          ) : (
            <ul className="map-card__places">
              {project.places.map((place, i) => (
                <li key={i}>
                  {placeLabel(place)}
                  {place.role && place.role !== 'site'
                    ? ` (${t(`map.card.role.${place.role}`)})`
                    : ''}
                  {!place.coordinates && (
                    <span className="map-card__position"> — {t('map.card.noPosition')}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {approximate > 0 && (
            <p className="map-card__position">
              {approximate === located && located === 1
                ? t('map.card.approximateOne')
                : approximate === located
                  ? t('map.card.approximateAll')
                  : t('map.card.approximateSome', {
                      approximate: formatNumber(approximate, locale),
                      located: formatNumber(located, locale),
                    })}
            </p>
          )}
        </dd>
        <dt>{t('map.card.value')}</dt>
        <dd>
          {!main
            ? t('map.card.notDisclosed')
            : main.approximate
              ? t('map.card.about', { value })
              : value}
        </dd>
        <dt>{t('map.card.sources')}</dt>
        <dd>{t('map.card.sourceCount', { count: sources })}</dd>
      </dl>
      <p>
        <Link to={hrefOf(project)}>
          {t('map.card.open')}
          <span className="visually-hidden">
            : <PackText value={project.name} />
          </span>
        </Link>
      </p>
    </>
  );
}
