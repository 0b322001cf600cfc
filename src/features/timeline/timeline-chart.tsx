import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useElementWidth } from '@/components/ui/use-element-width';
import { InputHelp } from '@/components/ui/input-help';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { startOf } from '@/lib/partial-date';
import { findByKey } from './find-by-key';
import { KindShape } from './kind-shape';
import { TimelineAxis } from './timeline-axis';
import { kindsLabel, type YearRange } from './timeline-filters';
import { nextItemIndex } from './timeline-keys';
import { TimelineLegend } from './timeline-legend';
import { TimelineMark, type ItemLink } from './timeline-mark';
import { TimelineZoom } from './timeline-zoom-controls';
import { formatRange } from './timeline-zoom';
import type { TimelineItem } from './to-timeline-items';
import { toAxisTicks, toTimelineRows } from './to-timeline-rows';
import { useTextWidth } from './use-text-width';
import './timeline-chart.css';

/** Below this many px a year the axis scrolls sideways (inside its own box) instead of squeezing. */
const MIN_PX_PER_YEAR = 16;
const LANE = 28;
const BAND_TITLE = 30;

interface Props {
  items: TimelineItem[];
  range: YearRange;
  extent: YearRange;
  asOf: string;
  selectedKey: string | null;
  linkFor: (item: TimelineItem) => ItemLink;
  onOpen: (item: TimelineItem) => void;
  onRangeChange: (range: YearRange) => void;
}

/**
 * Events, agreements and milestones on one time axis, one band per kind. The items are one tab
 * stop: arrow keys move in time order (up and down between lanes), Home and End go to the ends,
 * Enter opens the focused item.
 */
export function TimelineChart(props: Props) {
  const { items, range, extent, asOf, selectedKey, linkFor, onOpen, onRangeChange } = props;
  const { t, locale } = useT();
  const headingId = useId();
  const helpId = useId();
  const [measureRef, available] = useElementWidth(960);
  const scroller = useRef<HTMLDivElement | null>(null);
  const scrollRef = useCallback(
    (node: HTMLDivElement | null) => {
      scroller.current = node;
      return measureRef(node);
    },
    [measureRef],
  );
  const measure = useTextWidth();
  const span = range.to - range.from + 1;
  const width = Math.max(available, Math.round(span * MIN_PX_PER_YEAR));
  const layout = useMemo(
    () =>
      toTimelineRows(items, {
        range,
        width,
        measure,
        maxLabel: Math.min(320, Math.max(160, width / 5)),
      }),
    [items, range, width, measure],
  );
  useScrollIntoView(scroller, range, width, selectedKey);
  const ticks = useMemo(
    () => toAxisTicks(range, width, undefined, undefined, locale),
    [range, width, locale],
  );
  const asOfX = layout.scale(startOf(asOf));
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const itemsRef = useRef<HTMLDivElement>(null);
  const findIndex = (key: string | null) => layout.order.findIndex((p) => p.item.key === key);
  const activeIndex = Math.max(
    0,
    findIndex(activeKey) >= 0 ? findIndex(activeKey) : findIndex(selectedKey),
  );
  const activeItemKey = layout.order[activeIndex]?.item.key;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = nextItemIndex(layout.order, activeIndex, event.key);
    if (next === null) return;
    event.preventDefault();
    const key = layout.order[next]!.item.key;
    setActiveKey(key);
    findByKey(itemsRef.current, 'data-item-key', key)?.focus();
  };
  const onFocus = (event: React.FocusEvent<HTMLDivElement>) => {
    const key = (event.target as HTMLElement).dataset.itemKey;
    if (key) setActiveKey(key);
  };

  return (
    <section className="tl-chart" aria-labelledby={headingId}>
      <div className="tl-chart__head">
        <h2 id={headingId} className="tl-chart__title">
          {t('timeline.chart.heading', { range: formatRange(range) })}
        </h2>
        <TimelineZoom range={range} extent={extent} onChange={onRangeChange} />
      </div>
      <InputHelp
        id={helpId}
        className="tl-chart__help"
        keys={t('timeline.chart.help')}
        touch={t('timeline.chart.helpTouch')}
      />
      <TimelineLegend asOf={asOf} />
      <div className="tl-scroll" ref={scrollRef}>
        <div className="tl-canvas" style={{ width }}>
          <TimelineAxis ticks={ticks} range={range} width={width} onBrush={onRangeChange} />
          <div className="tl-grid" aria-hidden="true">
            {ticks.map((tick) => (
              <span
                key={`${tick.label}-${tick.x}`}
                className={tick.year ? 'tl-grid__line tl-grid__line--year' : 'tl-grid__line'}
                style={{ left: tick.x }}
              />
            ))}
            {asOfX > 0 && asOfX < width && (
              <span className="tl-grid__asof" style={{ left: asOfX }} />
            )}
          </div>
          <div
            role="group"
            aria-label={t('timeline.chart.items', {
              count: items.length,
              range: formatRange(range),
            })}
            aria-describedby={helpId}
            className="tl-bands"
            ref={itemsRef}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
          >
            {layout.bands.map(
              (band) =>
                band.items.length > 0 && (
                  <div
                    key={band.kind}
                    className={`tl-band tl-band--${band.kind}`}
                    style={{ height: BAND_TITLE + band.lanes * LANE }}
                  >
                    <h3 className="tl-band__title">
                      <KindShape kind={band.kind} /> {kindsLabel(band.kind, t)}{' '}
                      <span className="count">({formatNumber(band.items.length, locale)})</span>
                    </h3>
                    {band.items.map((placed) => (
                      <TimelineMark
                        key={placed.item.key}
                        placed={placed}
                        top={BAND_TITLE + placed.lane * LANE}
                        active={placed.item.key === activeItemKey}
                        selected={placed.item.key === selectedKey}
                        link={linkFor(placed.item)}
                        onOpen={() => onOpen(placed.item)}
                      />
                    ))}
                  </div>
                ),
            )}
          </div>
        </div>
      </div>
    </section>
  );
}

/**
 * When the axis is wider than its box (a phone, a long range), start at the open event or else at
 * the latest years, which readers look for first; a visible item is left where it is.
 */
function useScrollIntoView(
  scroller: React.RefObject<HTMLDivElement | null>,
  range: YearRange,
  width: number,
  selectedKey: string | null,
) {
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box || box.scrollWidth <= box.clientWidth) return;
    const target = selectedKey ? findByKey(box, 'data-item-key', selectedKey) : null;
    if (!target) {
      box.scrollTo({ left: box.scrollWidth });
      return;
    }
    const left = target.offsetLeft;
    if (left < box.scrollLeft || left + 14 > box.scrollLeft + box.clientWidth)
      box.scrollTo({ left: left - box.clientWidth / 2 });
  }, [scroller, range, width, selectedKey]);
}
