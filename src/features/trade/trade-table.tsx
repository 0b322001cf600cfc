import { Badge } from '@/components/ui/badge';
import { TableScroll } from '@/components/ui/table-scroll';
import { useCountryNames } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatMoney } from '@/lib/money';
import { formatYearList } from '@/lib/year-list';
import { SourceLinks } from './source-links';
import type { LocalPanel } from './use-local-panel';

/** Every figure of a panel, one table per series, with its marks, notes and sources. */
export function TradeTable({ panel, labels }: { panel: LocalPanel; labels: string[] }) {
  const { t, locale } = useT();
  const countryNames = useCountryNames();
  return (
    <div className="trade-tables">
      {panel.series.map((line, i) => (
        <TableScroll
          key={line.id}
          label={t('trade.table.label', { title: labels[i] ?? line.title })}
        >
          <table className="data-table trade-table">
            <caption>
              {t('trade.table.caption', { title: line.title, currency: panel.currency })}
              {line.missing.length > 0 && (
                <span className="trade-table__gaps">
                  {t('trade.table.gaps', { years: formatYearList(line.missing) })}
                </span>
              )}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('trade.table.year')}</th>
                <th scope="col">{t('trade.table.figure')}</th>
                <th scope="col">{t('trade.table.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {line.years
                .filter((y) => y.value !== null)
                .map((y) => (
                  <tr key={y.year}>
                    <th scope="row">
                      {y.year}
                      {y.partial && (
                        <span className="trade-table__partial">
                          {' '}
                          {t('trade.table.partial', { months: y.partial })}
                        </span>
                      )}
                    </th>
                    <td className="num">
                      {y.approximate && (
                        <>
                          <span aria-hidden="true">≈ </span>
                          <span className="visually-hidden">{t('trade.table.about')} </span>
                        </>
                      )}
                      {formatMoney({ amount: y.value!, currency: panel.currency }, locale)}
                    </td>
                    <td>
                      {y.conflict && <Badge tone="warn">{t('trade.table.disagree')}</Badge>}{' '}
                      {y.approximate && <Badge>{t('trade.table.approximate')}</Badge>}{' '}
                      {y.note && <span lang={y.noteLang}>{y.note}</span>}
                      <span className="trade-table__sources">
                        {t('trade.table.sources')}{' '}
                        <SourceLinks sources={y.sources} sideNames={countryNames} />
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
