import { useT } from '@/i18n/use-t';
import { formatPartialDate } from '@/lib/format-date';
import { formatMoney } from '@/lib/money';
import type { TextValue } from '@/data/schema';
import { SourceLink } from './source-link';
import { publisherWithSide, type SourceLike } from './source-list';
import { usePackText } from '../ui/pack-text';
import { fillSlot, SLOT } from '../ui/slot';
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
  /** A record's value: its main figure and any others the sources give. */
  value: { main: MoneyLike; alternatives?: MoneyLike[] };
  sideNames: Record<string, string>;
}

/** The main figure and every alternative side by side, each with its source: disagreement shown, not hidden. */
export function ValueCompare({ value: { main, alternatives = [] }, sideNames }: Props) {
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const rows = [
    { money: main, main: true },
    ...alternatives.map((money) => ({ money, main: false })),
  ];
  return (
    <TableScroll label={t('shared.value.tableLabel')}>
      <table className="value-compare">
        <caption>
          {alternatives.length
            ? t('shared.value.captionOthers', { count: alternatives.length })
            : t('shared.value.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('shared.value.figure')}</th>
            <th scope="col">{t('shared.value.amount')}</th>
            <th scope="col">{t('shared.value.refersTo')}</th>
            <th scope="col">{t('shared.value.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ money, main: isMain }, index) => {
            const kind = t(isMain ? 'shared.value.main' : 'shared.value.alternative');
            return (
              <tr key={index} className={isMain ? 'value-compare__main' : undefined}>
                <th scope="row">
                  {money.label
                    ? fillSlot(
                        t('ui.pair', { label: kind, value: SLOT }),
                        <span lang={langOf(money.label)}>{text(money.label)}</span>,
                      )
                    : kind}
                </th>
                <td>
                  {money.approximate ? '≈ ' : ''}
                  {formatMoney(money, locale)}
                </td>
                <td>{money.year ? formatPartialDate(money.year, locale) : '—'}</td>
                <td>
                  <ul className="plain-list">
                    {money.sources.map((source) => (
                      <li key={source.url}>
                        <SourceLink url={source.url}>
                          {publisherWithSide(source, sideNames, t)}
                        </SourceLink>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
