import { SourceList } from '../../components/sources/source-list';
import { Badge } from '../../components/ui/badge';
import { TableScroll } from '../../components/ui/table-scroll';
import { ViewHeader } from '../../components/ui/view-header';
import { useCountryNames, usePackFile } from '../../data/use-pack';
import { formatMoney } from '../../lib/money';
import { textOf } from '../../lib/text';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'];

/** One table per basis: figures reported by different sides are never combined. */
export function TradeView() {
  const meta = usePackFile('pack.json');
  const trade = usePackFile('trade.json');
  const countryNames = useCountryNames();
  return (
    <>
      <ViewHeader title="Trade" asOf={meta.asOf}>
        <p>Each series keeps its own basis and currency. Missing years are gaps, not zeros.</p>
      </ViewHeader>
      {trade.series.map((series) => (
        <section key={series.id} className="trade-series" aria-labelledby={`series-${series.id}`}>
          <h2 id={`series-${series.id}`}>{textOf(series.title)}</h2>
          {series.basisNote && <p>{textOf(series.basisNote)}</p>}
          <TableScroll label={`${textOf(series.title)} table`}>
            <table className="data-table">
              <caption>
                {textOf(series.title)} ({series.currency})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">Value</th>
                  <th scope="col">Notes</th>
                </tr>
              </thead>
              <tbody>
                {series.points.map((point) => (
                  <tr key={point.year}>
                    <th scope="row">
                      {point.year}
                      {point.months ? ` (Jan–${MONTHS[point.months - 1]}, partial year)` : ''}
                    </th>
                    <td>
                      {point.approximate ? '≈ ' : ''}
                      {formatMoney({ amount: point.value, currency: series.currency })}
                    </td>
                    <td>
                      {point.conflict && <Badge tone="warn">Sources disagree</Badge>}{' '}
                      {point.note ? textOf(point.note) : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <SourceList sources={series.points.flatMap((p) => p.sources)} sideNames={countryNames} />
        </section>
      ))}
    </>
  );
}
