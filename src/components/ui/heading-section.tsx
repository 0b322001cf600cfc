import type { ReactNode } from 'react';

/** A part of a record's page, named by its heading: screen readers list it by that name. */
export function HeadingSection({
  id,
  heading,
  children,
}: {
  /** The heading's id, unique on the page. */
  id: string;
  heading: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}
