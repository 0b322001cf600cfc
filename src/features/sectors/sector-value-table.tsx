import { Link, useLocation } from 'react-router-dom';
import { Badge } from '@/components/ui/badge';
import { usePackText } from '@/components/ui/pack-text';
import { TableScroll } from '@/components/ui/table-scroll';
import { statusLabel } from '@/data/labels';
import type { CurrencyPanel } from '@/data/to-sector-stats';
import { usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatMoney } from '@/lib/money';
import { linkTo } from '@/registry/global-params';

/** The numbers of one currency's chart, with every project that makes up each sum. */
export function SectorValueTable({ panel }: { panel: CurrencyPanel }) {
  const location = useLocation();
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
  const sectorNames = new Map(sectors.map((s) => [s.id, s.name]));
  const projectNames = new Map(projects.map((p) => [p.id, p.name]));
  const { currency } = panel;
  return (
    <TableScroll label={t('sectors.values.tableLabel', { currency })}>
      <table className="data-table">
        <caption>{t('sectors.values.title', { currency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sectors.values.sector')}</th>
            <th scope="col">{t('sectors.values.sum', { currency })}</th>
            <th scope="col">{t('sectors.values.counted')}</th>
          </tr>
        </thead>
        <tbody>
          {panel.sectors.map((sector) => (
            <tr key={sector.id}>
              <th scope="row">
                <Link
                  to={linkTo(`/sectors/${sector.id}`, location.search)}
                  lang={langOf(sectorNames.get(sector.id))}
                >
                  {text(sectorNames.get(sector.id) ?? sector.name)}
                </Link>
              </th>
              <td className="num">{formatMoney({ amount: sector.amount, currency }, locale)}</td>
              <td>
                <ul className="plain-list">
                  {sector.projects.map((p) => (
                    <li key={p.id}>
                      <Link
                        to={linkTo(`/projects/${p.id}`, location.search)}
                        lang={langOf(projectNames.get(p.id))}
                      >
                        {text(projectNames.get(p.id) ?? p.name)}
                      </Link>
                      :{' '}
                      {p.approximate && (
                        <>
                          <span aria-hidden="true">≈ </span>
                          <span className="visually-hidden">{t('sectors.values.about')} </span>
                        </>
                      )}
                      {formatMoney({ amount: p.amount, currency }, locale)} ·{' '}
                      {statusLabel(p.status, t)}
                      {p.disputed && (
                        <>
                          {' '}
                          <Badge tone="warn" title={t('sectors.values.disputedTitle')}>
                            {t('sectors.values.disputed')}
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
