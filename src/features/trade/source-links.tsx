import { SourceLink } from '@/components/sources/source-link';
import { sideLabel, type SourceLike } from '@/components/sources/source-list';
import { useT } from '@/i18n/use-t';

/** Sources as a compact line of links: "Bernama (Malaysia source); Xinhua (China source)". */
export function SourceLinks({
  sources,
  sideNames,
}: {
  sources: SourceLike[];
  sideNames: Record<string, string>;
}) {
  const { t } = useT();
  const seen = new Set<string>();
  const unique = sources.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
  return (
    <span className="source-links">
      {unique.map((source, i) => {
        const values = { publisher: source.publisher, side: sideLabel(source.side, sideNames, t) };
        const label =
          source.reliability === 'lower'
            ? t('trade.source.lower', values)
            : t('trade.source.label', values);
        return (
          <span key={source.url}>
            {i > 0 && t('trade.source.separator')}
            <SourceLink url={source.url}>{label}</SourceLink>
          </span>
        );
      })}
    </span>
  );
}
