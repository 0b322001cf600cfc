import { useId, useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { PackText } from '@/components/ui/pack-text';
import { agreementTypeLabel } from '@/data/labels';
import { usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatPartialDate } from '@/lib/format-date';
import { comparePartialDates } from '@/lib/partial-date';
import { linkTo } from '@/registry/global-params';

/** The agreements that concern a sector, newest first. Reads agreements.json on its own. */
export function SectorAgreements({ sectorId }: { sectorId: string }) {
  const location = useLocation();
  const headingId = useId();
  const { t, locale } = useT();
  const { agreements } = usePackFile('agreements.json');
  const inSector = useMemo(
    () =>
      agreements
        .filter((a) => a.sectors.includes(sectorId))
        .sort((a, b) => comparePartialDates(b.date, a.date)),
    [agreements, sectorId],
  );
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('sectors.page.agreements')} <span className="count">({inSector.length})</span>
      </h2>
      {inSector.length === 0 ? (
        <p>{t('sectors.page.noAgreements')}</p>
      ) : (
        <ul className="record-list">
          {inSector.map((agreement) => (
            <li key={agreement.id}>
              <time dateTime={agreement.date}>{formatPartialDate(agreement.date, locale)}</time>
              <Link to={linkTo(`/agreements/${agreement.id}`, location.search)}>
                <PackText value={agreement.title} />
              </Link>
              <span className="record-list__type">{agreementTypeLabel(agreement.type, t)}</span>
              {agreement.status === 'planned' && (
                <span className="record-list__type">{t('sectors.page.planned')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
