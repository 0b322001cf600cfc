import type { ReactNode } from 'react';
import { safeHref } from '@/lib/safe-url';

/**
 * A source, named by `children`: a link to it (opening in a new tab) where its address is a web
 * link, plain text where it is not.
 */
export function SourceLink({ url, children }: { url: string; children: ReactNode }) {
  const href = safeHref(url);
  if (!href) return children;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
