import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { KindWords } from './kind-shape';
import type { ItemLink } from './timeline-mark';
import { describeDate, type TimelineItem } from './to-timeline-items';

interface Props {
  items: TimelineItem[];
  linkFor: (item: TimelineItem) => ItemLink;
  onOpen: (item: TimelineItem) => void;
}

/**
 * The same items as the time axis, as an ordered list that screen readers read in date order:
 * date at its own precision, kind in words, title as a link, sources counted.
 */
export function TimelineList({ items, linkFor, onOpen }: Props) {
  const { t, locale } = useT();
  const headingId = useId();
  return (
    <section className="tl-list" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('timeline.list.heading')}{' '}
        <span className="count">({formatNumber(items.length, locale)})</span>
      </h2>
      <ol className="tl-list__items">
        {items.map((item) => {
          const link = linkFor(item);
          return (
            <li key={item.key} className="tl-list__item">
              <time dateTime={item.date} className="tl-list__date">
                {describeDate(item, t, locale)}
              </time>
              <KindWords
                className={`tl-list__kind tl-list__kind--${item.kind}`}
                kind={item.kind}
                planned={item.planned}
              />
              <span className="tl-list__title" lang={item.titleLang}>
                <Link
                  to={link.to}
                  replace={link.replace}
                  data-list-key={item.key}
                  onClick={() => onOpen(item)}
                >
                  {item.title}
                </Link>
              </span>
              <span className="tl-list__sources">
                {t('timeline.list.sources', { count: item.sourceCount })}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
