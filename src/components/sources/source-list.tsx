import type { Translate } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { formatPartialDate } from '@/lib/format-date';
import { safeHref } from '@/lib/safe-url';

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

/** Which side a source comes from, in the language of `t` ("Malaysian source"). */
export function sideLabel(side: string, sideNames: Record<string, string>, t: Translate): string {
  if (side === 'third-party') return t('shared.sources.thirdParty');
  return sideNames[side] ? t('shared.sources.side', { country: sideNames[side] }) : side;
}

/** "Publisher (side)", as source links name their source. */
export function publisherWithSide(
  source: SourceLike,
  sideNames: Record<string, string>,
  t: Translate,
): string {
  return t('shared.sources.withSide', {
    publisher: source.publisher,
    side: sideLabel(source.side, sideNames, t),
  });
}

/** Every source with publisher, date and side; links open in a new tab and only for http(s). */
export function SourceList({ sources, sideNames, heading, headingLevel = 3 }: Props) {
  const { t, locale } = useT();
  const Heading = `h${headingLevel}` as const;
  const unique = dedupe(sources);
  const title = heading ?? t('shared.sources.heading');
  return (
    <section className="sources" aria-label={title}>
      <Heading>
        {title} <span className="count">({formatNumber(unique.length, locale)})</span>
      </Heading>
      <ol className="sources__list">
        {unique.map((source) => {
          const href = safeHref(source.url);
          return (
            <li key={source.url}>
              <span className="sources__publisher">{source.publisher}</span>
              {source.date && (
                <span className="sources__date"> · {formatPartialDate(source.date, locale)}</span>
              )}
              <span className="sources__side"> · {sideLabel(source.side, sideNames, t)}</span>
              {source.reliability === 'lower' && (
                <span className="badge badge--warn"> {t('shared.sources.lowerReliability')}</span>
              )}
              <br />
              {href ? (
                <a className="sources__url" href={href} target="_blank" rel="noopener noreferrer">
                  {source.url}
                </a>
              ) : (
                <span className="sources__url">
                  {t('shared.sources.notWebLink', { url: source.url })}
                </span>
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
