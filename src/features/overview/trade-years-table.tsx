import type { mainTotal } from '@/data/to-trade-series';
import { useT } from '@/i18n/use-t';

type TradeLine = NonNullable<ReturnType<typeof mainTotal>>['line'];

/** The main series year by year: the Overview chart's table, on the page and on the slide. */
export function TradeYearsTable({
  line,
  title,
  format,
}: {
  line: TradeLine;
  title: string;
  format: (amount: number) => string;
}) {
  const { t } = useT();
  return (
    <table className="data-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('overview.trade.year')}</th>
          <th scope="col">{t('overview.trade.figure')}</th>
        </tr>
      </thead>
      <tbody>
        {line.years.map((y) => (
          <tr key={y.year}>
            <th scope="row">
              {y.year}
              {y.partial && ` ${t('overview.trade.partial', { months: y.partial })}`}
            </th>
            <td className="num">
              {y.value === null
                ? t('overview.trade.noFigure')
                : `${y.approximate ? '≈ ' : ''}${format(y.value)}${y.conflict ? ` ${t('overview.trade.disagree')}` : ''}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
