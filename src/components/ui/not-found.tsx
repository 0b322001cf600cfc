import { Link } from 'react-router-dom';

/** A clear "not here" with a way on, for unknown routes and unknown ids alike. */
export function NotFound({
  what,
  backTo,
  backLabel,
}: {
  what: string;
  backTo: string;
  backLabel: string;
}) {
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Not found</h1>
      <p>There is no {what} in this pack. The link may be old or mistyped.</p>
      <p>
        <Link to={backTo}>{backLabel}</Link>
      </p>
    </section>
  );
}
