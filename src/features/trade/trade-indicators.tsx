import { useId } from 'react';
import { Badge } from '../../components/ui/badge';
import type { IndicatorRecord } from '../../data/schema';
import { useCountryNames, usePackFile } from '../../data/use-pack';
import { formatPartialDate } from '../../lib/format-date';
import { textOf } from '../../lib/text';
import { SourceLinks } from './source-links';

const TOPICS: [IndicatorRecord['topic'], string][] = [
  ['trade', 'Trade'],
  ['investment', 'Investment'],
  ['composition', 'What is traded'],
  ['finance', 'Finance'],
];

/** The sourced statements that are not yearly series, grouped by topic, each with its sources. */
export function TradeIndicators() {
  const headingId = useId();
  const { indicators } = usePackFile('trade.json');
  const countryNames = useCountryNames();
  if (indicators.length === 0) return null;
  return (
    <section className="trade-indicators" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Other sourced figures <span className="count">({indicators.length})</span>
      </h2>
      <p>
        Statements about trade and investment that are not part of a yearly series, as the sources
        give them.
      </p>
      {TOPICS.map(([topic, label]) => {
        const items = indicators.filter((i) => i.topic === topic);
        if (items.length === 0) return null;
        return (
          <section key={topic} aria-label={label}>
            <h3>
              {label} <span className="count">({items.length})</span>
            </h3>
            <ul className="trade-indicators__list">
              {items.map((item) => (
                <li key={item.id}>
                  {item.date && (
                    <time className="trade-indicators__date" dateTime={item.date}>
                      {formatPartialDate(item.date)}
                    </time>
                  )}
                  <p className="trade-indicators__text">
                    {item.conflict && <Badge tone="warn">Sources disagree</Badge>}{' '}
                    {textOf(item.text)}
                  </p>
                  <p className="trade-indicators__sources">
                    Sources: <SourceLinks sources={item.sources} sideNames={countryNames} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
