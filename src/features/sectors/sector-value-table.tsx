import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { Badge } from '../../components/ui/badge';
import { TableScroll } from '../../components/ui/table-scroll';
import { statusLabel } from '../../data/labels';
import type { CurrencyPanel } from '../../data/to-sector-stats';
import { formatMoney } from '../../lib/money';

/** The numbers of one currency's chart, with every project that makes up each sum. */
export function SectorValueTable({ panel }: { panel: CurrencyPanel }) {
  const location = useLocation();
  const { currency } = panel;
  return (
    <TableScroll label={`Stated value per sector in ${currency}, table`}>
      <table className="data-table">
        <caption>Stated value per sector, in {currency}</caption>
        <thead>
          <tr>
            <th scope="col">Sector</th>
            <th scope="col">Sum ({currency})</th>
            <th scope="col">Projects counted</th>
          </tr>
        </thead>
        <tbody>
          {panel.sectors.map((sector) => (
            <tr key={sector.id}>
              <th scope="row">
                <Link to={linkTo(`/sectors/${sector.id}`, location.search)}>{sector.name}</Link>
              </th>
              <td className="num">{formatMoney({ amount: sector.amount, currency })}</td>
              <td>
                <ul className="plain-list">
                  {sector.projects.map((p) => (
                    <li key={p.id}>
                      <Link to={linkTo(`/projects/${p.id}`, location.search)}>{p.name}</Link>:{' '}
                      {p.approximate && (
                        <>
                          <span aria-hidden="true">≈ </span>
                          <span className="sectors-sr">about </span>
                        </>
                      )}
                      {formatMoney({ amount: p.amount, currency })} · {statusLabel(p.status)}
                      {p.disputed && (
                        <>
                          {' '}
                          <Badge tone="warn" title="Other sources give other figures">
                            Disputed
                          </Badge>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
