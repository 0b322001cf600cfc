/** A quiet placeholder while data loads; announced politely, no spinner to distract a room. */
export function Loading({ label = 'Loading data…' }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}
