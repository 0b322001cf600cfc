import { Link } from 'react-router-dom';
import { usePackText } from '@/components/ui/pack-text';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { isNarrowed } from '@/filters/url-state';
import { AGREEMENT_FILTER_SPEC } from '@/registry/filter-specs';
import { positionIn } from './to-agreement-list';
import { useAgreementSelection } from './use-agreement-selection';

/**
 * "3 of 12 in your selection" with previous/next and the way back, all within the filters the
 * reader came with (carried in the URL, so a copied link steps through the same selection).
 */
export function AgreementSelectionNav({ agreementId }: { agreementId: string }) {
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const { index, filters, list, recordLink, listLink } = useAgreementSelection();
  const narrowed = isNarrowed(AGREEMENT_FILTER_SPEC, filters);
  const at = positionIn(list.order, agreementId);
  const step = (id: string | undefined, rel: 'prev' | 'next') => {
    const record = id ? index.byId.get(id) : undefined;
    if (!id || !record) return null;
    return (
      <li>
        <Link to={recordLink(id)} rel={rel}>
          {rel === 'prev' && <span aria-hidden="true">← </span>}
          {t(rel === 'prev' ? 'agreements.nav.previous' : 'agreements.nav.next')}
          {rel === 'next' && <span aria-hidden="true"> →</span>}
          <span className="agreement-selection__step-title" lang={langOf(record.title)}>
            {text(record.title)}
          </span>
        </Link>
      </li>
    );
  };
  return (
    <nav className="agreement-selection" aria-label={t('agreements.nav.label')}>
      <p className="agreement-selection__where">
        {at
          ? t(narrowed ? 'agreements.nav.inSelection' : 'agreements.nav.inAll', {
              position: formatNumber(at.position, locale),
              count: formatNumber(at.count, locale),
            })
          : t('agreements.nav.notIn', { count: list.matched })}
      </p>
      {at && (at.previous || at.next) && (
        <ul className="agreement-selection__steps">
          {step(at.previous, 'prev')}
          {step(at.next, 'next')}
        </ul>
      )}
      <Link to={listLink}>{t('agreements.page.back')}</Link>
    </nav>
  );
}
