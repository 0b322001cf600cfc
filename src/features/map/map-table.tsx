import { memo, useState, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { PackText } from '@/components/ui/pack-text';
import { TableScroll } from '@/components/ui/table-scroll';
import type { ProjectRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { placeLabel, type MapPoints } from './to-map-points';

interface Props {
  model: MapPoints;
  headingRef: RefObject<HTMLHeadingElement | null>;
  hrefOf: (project: ProjectRecord) => string;
}

/** Rows drawn at first and per "Show more": a 10,000-project pack must not build 10,000 rows at once. */
const PAGE = 100;

/** The map as a list: every place of the projects on the map, then the projects without a position. */
export const MapTable = memo(function MapTable({ model, headingRef, hrefOf }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const { t, locale } = useT();
  const rows = model.onMap.flatMap((project) =>
    project.places.map((place, index) => ({ project, place, key: `${project.id}/${index}` })),
  );
  const shown = rows.slice(0, limit);
  const unplaced = [...model.withoutPosition, ...model.outside];
  const outside = new Set(model.outside);
  return (
    <div className="map-list">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('map.table.heading')}
      </h2>
      <TableScroll label={t('map.table.scrollLabel')}>
        <table className="data-table">
          <caption>
            {rows.length > shown.length
              ? t('map.table.captionPartial', {
                  count: model.onMap.length,
                  shown: formatNumber(shown.length, locale),
                  total: formatNumber(rows.length, locale),
                })
              : t('map.table.caption', { count: model.onMap.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('map.table.project')}</th>
              <th scope="col">{t('map.table.place')}</th>
              <th scope="col">{t('map.table.state')}</th>
              <th scope="col">{t('map.table.coordinates')}</th>
              <th scope="col">{t('map.table.position')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ project, place, key }) => (
              <tr key={key}>
                <th scope="row">
                  <Link to={hrefOf(project)}>
                    <PackText value={project.name} />
                  </Link>
                </th>
                <td>{place.name}</td>
                <td>{place.state ?? '—'}</td>
                <td>
                  {place.coordinates
                    ? `${place.coordinates.lat.toFixed(2)}°, ${place.coordinates.lon.toFixed(2)}°`
                    : '—'}
                </td>
                <td>
                  {!place.coordinates
                    ? t('map.table.notGiven')
                    : place.coordinates.approximate
                      ? t('map.table.approximate')
                      : t('map.table.exact')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {rows.length > shown.length && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setLimit(limit + PAGE)}
        >
          {t('map.table.showMore', { count: Math.min(PAGE, rows.length - shown.length) })}
        </button>
      )}
      <h2>{t('map.table.unplacedHeading')}</h2>
      {unplaced.length === 0 ? (
        <p>{t('map.table.allPlaced')}</p>
      ) : (
        <ul className="map-list__unplaced">
          {unplaced.slice(0, limit).map((project) => (
            <li key={project.id}>
              <Link to={hrefOf(project)}>
                <PackText value={project.name} />
              </Link>
              {' — '}
              {project.places.length === 0
                ? t('map.table.noPlace')
                : `${project.places.map(placeLabel).join('; ')} (${
                    outside.has(project) ? t('map.table.outside') : t('map.table.noCoordinates')
                  })`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
