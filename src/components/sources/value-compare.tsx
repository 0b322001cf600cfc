import { formatPartialDate } from '../../lib/format-date';
import { formatMoney } from '../../lib/money';
import { textOf } from '../../lib/text';
import type { TextValue } from '../../data/schema';
import { sideLabel, type SourceLike } from './source-list';
import { safeHref } from '../../lib/safe-url';
import { TableScroll } from '../ui/table-scroll';

interface MoneyLike {
  amount: number;
  currency: string;
  year?: string;
  label?: TextValue;
  approximate?: boolean;
  sources: SourceLike[];
}

interface Props {
  main: MoneyLike;
  alternatives?: MoneyLike[];
  sideNames: Record<string, string>;
}

/** The main figure and every alternative side by side, each with its source: disagreement shown, not hidden. */
export function ValueCompare({ main, alternatives = [], sideNames }: Props) {
  const rows = [
    { money: main, main: true },
    ...alternatives.map((money) => ({ money, main: false })),
  ];
  return (
    <TableScroll label="Value figures">
      <table className="value-compare">
        <caption>
          {alternatives.length
            ? `Value: the main figure and ${alternatives.length} other figure${alternatives.length > 1 ? 's' : ''} from the sources`
            : 'Value'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Amount</th>
            <th scope="col">Refers to</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ money, main: isMain }, index) => (
            <tr key={index} className={isMain ? 'value-compare__main' : undefined}>
              <th scope="row">
                {isMain ? 'Main figure' : 'Alternative'}
                {money.label ? `: ${textOf(money.label)}` : ''}
              </th>
              <td>
                {money.approximate ? '≈ ' : ''}
                {formatMoney(money)}
              </td>
              <td>{money.year ? formatPartialDate(money.year) : '—'}</td>
              <td>
                <ul className="plain-list">
                  {money.sources.map((source) => {
                    const href = safeHref(source.url);
                    const text = `${source.publisher} (${sideLabel(source.side, sideNames)})`;
                    return (
                      <li key={source.url}>
                        {href ? (
                          <a href={href} target="_blank" rel="noopener noreferrer">
                            {text}
                          </a>
                        ) : (
                          text
                        )}
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
