import { useId } from 'react';
import { Badge } from '@/components/ui/badge';
import { PackText } from '@/components/ui/pack-text';
import type { IndicatorRecord } from '@/data/schema';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatPartialDate } from '@/lib/format-date';
import { SourceLinks } from './source-links';

const TOPICS: IndicatorRecord['topic'][] = ['trade', 'investment', 'composition', 'finance'];

/** The sourced statements that are not yearly series, grouped by topic, each with its sources. */
export function TradeIndicators() {
  const headingId = useId();
  const { t, locale } = useT();
  const { indicators } = usePackFile('trade.json');
  const countryNames = useCountryNames();
  if (indicators.length === 0) return null;
  return (
    <section className="trade-indicators" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('trade.indicators.heading')} <span className="count">({indicators.length})</span>
      </h2>
      <p>{t('trade.indicators.intro')}</p>
      {TOPICS.map((topic) => {
        const label = t(`trade.indicators.topics.${topic}`);
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
                      {formatPartialDate(item.date, locale)}
                    </time>
                  )}
                  <p className="trade-indicators__text">
                    {item.conflict && <Badge tone="warn">{t('trade.table.disagree')}</Badge>}{' '}
                    <PackText value={item.text} />
                  </p>
                  <p className="trade-indicators__sources">
                    {t('trade.table.sources')}{' '}
                    <SourceLinks sources={item.sources} sideNames={countryNames} />
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
