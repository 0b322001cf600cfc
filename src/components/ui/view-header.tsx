import type { ReactNode } from 'react';
import { AsOf } from './as-of';
import { useDisplayOptions } from './display-options';

/** Every view opens with its title and the pack's "as of" date. */
export function ViewHeader({
  title,
  titleLang,
  asOf,
  children,
}: {
  title: string;
  /** The title's language when it is not the page's (a pack title English stands in for). */
  titleLang?: string;
  asOf?: string;
  children?: ReactNode;
}) {
  // Hidden only visually: the page keeps its heading for screen readers inside an embed.
  const { hideHeader } = useDisplayOptions();
  return (
    <div className="view-header">
      <h1 className={hideHeader ? 'visually-hidden' : undefined} lang={titleLang}>
        {title}
      </h1>
      {asOf && (
        <p className="view-header__asof">
          <AsOf date={asOf} />
        </p>
      )}
      {children}
    </div>
  );
}
