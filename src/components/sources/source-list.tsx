import { formatPartialDate } from '../../lib/format-date';
import { safeHref } from '../../lib/safe-url';

/** The fields of a pack source this list shows (structural, so components stay free of the data layer). */
export interface SourceLike {
  url: string;
  publisher: string;
  date?: string;
  side: string;
  reliability?: 'lower';
  note?: unknown;
}

interface Props {
  sources: SourceLike[];
  /** Country names by code, for saying which side a source comes from. */
  sideNames: Record<string, string>;
  heading?: string;
  headingLevel?: 2 | 3 | 4;
}

export function sideLabel(side: string, sideNames: Record<string, string>): string {
  if (side === 'third-party') return 'Third party';
  return sideNames[side] ? `${sideNames[side]} source` : side;
}

/** Every source with publisher, date and side; links open in a new tab and only for http(s). */
export function SourceList({ sources, sideNames, heading = 'Sources', headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as const;
  const unique = dedupe(sources);
  return (
    <section className="sources" aria-label={heading}>
      <Heading>
        {heading} <span className="count">({unique.length})</span>
      </Heading>
      <ol className="sources__list">
        {unique.map((source) => {
          const href = safeHref(source.url);
          return (
            <li key={source.url}>
              <span className="sources__publisher">{source.publisher}</span>
              {source.date && (
                <span className="sources__date"> · {formatPartialDate(source.date)}</span>
              )}
              <span className="sources__side"> · {sideLabel(source.side, sideNames)}</span>
              {source.reliability === 'lower' && (
                <span className="badge badge--warn"> Lower-reliability source</span>
              )}
              <br />
              {href ? (
                <a className="sources__url" href={href} target="_blank" rel="noopener noreferrer">
                  {source.url}
                </a>
              ) : (
                <span className="sources__url">{source.url} (not a web link)</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function dedupe<T extends { url: string }>(sources: T[]): T[] {
  const seen = new Set<string>();
  return sources.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}
