import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { TableScroll } from '../../components/ui/table-scroll';
import { ViewHeader } from '../../components/ui/view-header';
import { usePackFile } from '../../data/use-pack';
import { textOf } from '../../lib/text';

/** Project locations as a list; the drawn map arrives with its own issue. */
export function MapView() {
  const location = useLocation();
  const meta = usePackFile('pack.json');
  const { projects } = usePackFile('projects.json');
  const located = projects.filter((p) => p.places.some((place) => place.coordinates));
  return (
    <>
      <ViewHeader title="Map" asOf={meta.asOf}>
        <p>
          {located.length} of {projects.length} projects have a position. All positions in this pack
          are approximate (the town, not the site).
        </p>
      </ViewHeader>
      <TableScroll label={'Project locations table'}>
        <table className="data-table">
          <caption>Project locations</caption>
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Place</th>
              <th scope="col">Position</th>
            </tr>
          </thead>
          <tbody>
            {located.flatMap((p) =>
              p.places
                .filter((place) => place.coordinates)
                .map((place) => (
                  <tr key={`${p.id}-${place.name}`}>
                    <th scope="row">
                      <Link to={linkTo(`/projects/${p.id}`, location.search)}>
                        {textOf(p.name)}
                      </Link>
                    </th>
                    <td>
                      {place.name}
                      {place.state ? `, ${place.state}` : ''}
                    </td>
                    <td>
                      {place.coordinates!.lat.toFixed(2)}°, {place.coordinates!.lon.toFixed(2)}°
                      {place.coordinates!.approximate ? ' (approximate)' : ''}
                    </td>
                  </tr>
                )),
            )}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
