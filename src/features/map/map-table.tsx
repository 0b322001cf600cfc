import { memo, useState, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { TableScroll } from '../../components/ui/table-scroll';
import type { ProjectRecord } from '../../data/schema';
import { textOf } from '../../lib/text';
import { placeLabel, type MapPoints } from './to-map-points';

interface Props {
  model: MapPoints;
  headingRef: RefObject<HTMLHeadingElement | null>;
  hrefOf: (project: ProjectRecord) => string;
}

/** Rows drawn at first and per "Show more": a 10,000-project pack must not build 10,000 rows at once. */
const PAGE = 100;

const formatCount = (n: number) => n.toLocaleString('en');

/** The map as a list: every place of the projects on the map, then the projects without a position. */
export const MapTable = memo(function MapTable({ model, headingRef, hrefOf }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const rows = model.onMap.flatMap((project) =>
    project.places.map((place, index) => ({ project, place, key: `${project.id}/${index}` })),
  );
  const shown = rows.slice(0, limit);
  const unplaced = [...model.withoutPosition, ...model.outside];
  const outside = new Set(model.outside);
  return (
    <div className="map-list">
      <h2 ref={headingRef} tabIndex={-1}>
        Projects on the map
      </h2>
      <TableScroll label="Places of the projects on the map">
        <table className="data-table">
          <caption>
            Places of the {formatCount(model.onMap.length)} projects on the map
            {rows.length > shown.length
              ? ` (first ${formatCount(shown.length)} of ${formatCount(rows.length)} places)`
              : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Place</th>
              <th scope="col">State or province</th>
              <th scope="col">Coordinates</th>
              <th scope="col">Position</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ project, place, key }) => (
              <tr key={key}>
                <th scope="row">
                  <Link to={hrefOf(project)}>{textOf(project.name)}</Link>
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
                    ? 'Not given (not on the map)'
                    : place.coordinates.approximate
                      ? 'Approximate (the town, not the site)'
                      : 'Exact'}
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
          Show {Math.min(PAGE, rows.length - shown.length)} more places
        </button>
      )}
      <h2>Projects without a position</h2>
      {unplaced.length === 0 ? (
        <p>Every project that matches the filters is on the map.</p>
      ) : (
        <ul className="map-list__unplaced">
          {unplaced.slice(0, limit).map((project) => (
            <li key={project.id}>
              <Link to={hrefOf(project)}>{textOf(project.name)}</Link>
              {' — '}
              {project.places.length === 0
                ? 'no place listed'
                : `${project.places.map(placeLabel).join('; ')} (${
                    outside.has(project)
                      ? 'outside the area this map draws'
                      : 'no coordinates in the pack'
                  })`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
