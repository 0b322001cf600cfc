import { Badge } from '../../components/ui/badge';
import { TableScroll } from '../../components/ui/table-scroll';
import type { TradePanel } from '../../data/to-trade-series';
import { useCountryNames } from '../../data/use-pack';
import { formatMoney } from '../../lib/money';
import { formatYearList } from '../../lib/year-list';
import { SourceLinks } from './source-links';

/** Every figure of a panel, one table per series, with its marks, notes and sources. */
export function TradeTable({ panel, labels }: { panel: TradePanel; labels: string[] }) {
  const countryNames = useCountryNames();
  return (
    <div className="trade-tables">
      {panel.series.map((line, i) => (
        <TableScroll key={line.id} label={`${labels[i] ?? line.title}, table`}>
          <table className="data-table trade-table">
            <caption>
              {line.title} ({panel.currency})
              {line.missing.length > 0 && (
                <span className="trade-table__gaps">
                  No figure for {formatYearList(line.missing)}.
                </span>
              )}
            </caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Figure</th>
                <th scope="col">Notes and sources</th>
              </tr>
            </thead>
            <tbody>
              {line.years
                .filter((y) => y.value !== null)
                .map((y) => (
                  <tr key={y.year}>
                    <th scope="row">
                      {y.year}
                      {y.partial && <span className="trade-table__partial"> {y.partial} only</span>}
                    </th>
                    <td className="num">
                      {y.approximate && (
                        <>
                          <span aria-hidden="true">≈ </span>
                          <span className="trade-sr">about </span>
                        </>
                      )}
                      {formatMoney({ amount: y.value!, currency: panel.currency })}
                    </td>
                    <td>
                      {y.conflict && <Badge tone="warn">Sources disagree</Badge>}{' '}
                      {y.approximate && <Badge>Approximate</Badge>} {y.note}
                      <span className="trade-table__sources">
                        Sources: <SourceLinks sources={y.sources} sideNames={countryNames} />
                      </span>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </TableScroll>
      ))}
    </div>
  );
}
