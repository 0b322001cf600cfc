import { Link } from 'react-router-dom';
import { agreementTypeLabel } from '../../data/labels';
import type { AgreementRecord } from '../../data/schema';
import { textOf } from '../../lib/text';

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
  const parent = agreement.parent ? all.find((a) => a.id === agreement.parent) : undefined;
  const packageId = parent ? parent.id : agreement.id;
  const documents = all.filter((a) => a.parent === packageId);
  if (!parent && documents.length === 0) return null;
  // "recorded": a package's title may count more documents than the pack holds as records.
  const others = parent ? documents.filter((d) => d.id !== agreement.id) : documents;
  return (
    <section aria-labelledby="agreement-package-heading">
      <h2 id="agreement-package-heading">
        {parent ? 'Part of a package' : 'Documents in this package'}{' '}
        <span className="count">({documents.length} recorded)</span>
      </h2>
      {parent && (
        <p>
          This document is one of the {documents.length} documents of{' '}
          <Link to={recordLink(parent.id)}>{textOf(parent.title)}</Link> recorded in this pack.
          {others.length > 0 && ' The others:'}
        </p>
      )}
      {others.length > 0 && (
        <ul className="agreement-package__documents">
          {others.map((d) => (
            <li key={d.id}>
              <Link to={recordLink(d.id)}>{textOf(d.title)}</Link>{' '}
              <span className="count">({agreementTypeLabel(d.type)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
