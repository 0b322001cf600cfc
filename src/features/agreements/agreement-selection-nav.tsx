import { Link } from 'react-router-dom';
import { textOf } from '../../lib/text';
import { isNarrowed } from './agreement-filters';
import { positionIn } from './to-agreement-list';
import { useAgreementSelection } from './use-agreement-selection';

/**
 * "3 of 12 in your selection" with previous/next and the way back, all within the filters the
 * reader came with (carried in the URL, so a copied link steps through the same selection).
 */
export function AgreementSelectionNav({ agreementId }: { agreementId: string }) {
  const { index, filters, list, recordLink, listLink } = useAgreementSelection();
  const narrowed = isNarrowed(filters);
  const at = positionIn(list.order, agreementId);
  const step = (id: string | undefined, label: 'Previous' | 'Next') => {
    const record = id ? index.byId.get(id) : undefined;
    if (!id || !record) return null;
    return (
      <li>
        <Link to={recordLink(id)} rel={label === 'Previous' ? 'prev' : 'next'}>
          {label === 'Previous' && <span aria-hidden="true">← </span>}
          {label}
          {label === 'Next' && <span aria-hidden="true"> →</span>}
          <span className="agreement-selection__step-title">{textOf(record.title)}</span>
        </Link>
      </li>
    );
  };
  return (
    <nav className="agreement-selection" aria-label="Agreements in your selection">
      <p className="agreement-selection__where">
        {at
          ? `${at.position} of ${at.count} ${narrowed ? 'in your selection' : 'agreements'}`
          : `Not in your selection of ${list.matched} agreement${list.matched === 1 ? '' : 's'}`}
      </p>
      {at && (at.previous || at.next) && (
        <ul className="agreement-selection__steps">
          {step(at.previous, 'Previous')}
          {step(at.next, 'Next')}
        </ul>
      )}
      <Link to={listLink}>Back to the list</Link>
    </nav>
  );
}
