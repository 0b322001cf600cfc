import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { TableScroll } from '../../components/ui/table-scroll';
import { ViewHeader } from '../../components/ui/view-header';
import { usePackFile } from '../../data/use-pack';
import { textOf } from '../../lib/text';

export function SectorsView() {
  const location = useLocation();
  const meta = usePackFile('pack.json');
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
  return (
    <>
      <ViewHeader title="Sectors" asOf={meta.asOf} />
      <TableScroll label={'Sectors table'}>
        <table className="data-table">
          <caption>Projects and sourced facts per sector</caption>
          <thead>
            <tr>
              <th scope="col">Sector</th>
              <th scope="col">Projects</th>
              <th scope="col">Facts</th>
            </tr>
          </thead>
          <tbody>
            {sectors.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <Link to={linkTo(`/sectors/${s.id}`, location.search)}>{textOf(s.name)}</Link>
                </th>
                <td>{projects.filter((p) => p.sectors.includes(s.id)).length}</td>
                <td>{s.facts.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
