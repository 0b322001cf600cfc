import { Link } from 'react-router-dom';
import { usePackText } from '@/components/ui/pack-text';
import { fillSlot, SLOT } from '@/components/ui/slot';
import { agreementTypeLabel } from '@/data/labels';
import type { AgreementRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';

/**
 * The package an agreement belongs to with its other documents, or a package's own documents.
 * Links carry the reader's selection, like the list's.
 */
export function AgreementPackage({
  agreement,
  all,
  recordLink,
}: {
  agreement: AgreementRecord;
  all: AgreementRecord[];
  recordLink: (id: string) => string;
}) {
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const parent = agreement.parent ? all.find((a) => a.id === agreement.parent) : undefined;
  const packageId = parent ? parent.id : agreement.id;
  const documents = all.filter((a) => a.parent === packageId);
  if (!parent && documents.length === 0) return null;
  // "recorded": a package's title may count more documents than the pack holds as records.
  const others = parent ? documents.filter((d) => d.id !== agreement.id) : documents;
  const count = formatNumber(documents.length, locale);
  const oneOf = t(
    others.length > 0 ? 'agreements.package.oneOfOthers' : 'agreements.package.oneOf',
    {
      count,
      package: SLOT,
    },
  );
  return (
    <section aria-labelledby="agreement-package-heading">
      <h2 id="agreement-package-heading">
        {t(parent ? 'agreements.package.partOf' : 'agreements.package.documents')}{' '}
        <span className="count">{t('agreements.package.recorded', { count })}</span>
      </h2>
      {parent && (
        <p>
          {fillSlot(
            oneOf,
            <Link to={recordLink(parent.id)} lang={langOf(parent.title)}>
              {text(parent.title)}
            </Link>,
          )}
        </p>
      )}
      {others.length > 0 && (
        <ul className="agreement-package__documents">
          {others.map((d) => (
            <li key={d.id}>
              <Link to={recordLink(d.id)} lang={langOf(d.title)}>
                {text(d.title)}
              </Link>{' '}
              <span className="count">({agreementTypeLabel(d.type, t)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
