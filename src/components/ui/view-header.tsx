import type { ReactNode } from 'react';
import { formatPartialDate } from '../../lib/format-date';

/** Every view opens with its title and the pack's "as of" date. */
export function ViewHeader({
  title,
  asOf,
  children,
}: {
  title: string;
  asOf?: string;
  children?: ReactNode;
}) {
  return (
    <div className="view-header">
      <h1>{title}</h1>
      {asOf && (
        <p className="view-header__asof">
          Data as of <time dateTime={asOf}>{formatPartialDate(asOf)}</time>
        </p>
      )}
      {children}
    </div>
  );
}
