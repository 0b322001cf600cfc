import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useState, type ReactNode } from 'react';
import { useElementWidth } from './use-element-width';

interface Props {
  count: number;
  renderItem: (index: number) => ReactNode;
  /** Narrowest an item may be; the grid fits as many columns as the width allows. */
  minItemWidth: number;
  /** A first guess at a row's height; rows are measured once drawn. */
  estimateRowHeight: number;
  /** Up to this many items the grid is drawn whole (find-in-page and printing see everything). */
  wholeUpTo?: number;
  className?: string;
  gap?: number;
}

/**
 * A responsive grid that draws only the rows near the viewport once the list is long, so a
 * pack of 100,000 projects scrolls and filters as smoothly as one of 25. The page itself scrolls;
 * rows are measured as they appear because cards differ in height.
 */
export function VirtualGrid({
  count,
  renderItem,
  minItemWidth,
  estimateRowHeight,
  wholeUpTo = 200,
  className,
  gap = 16,
}: Props) {
  const [offset, setOffset] = useState(0);
  // Where the grid starts in the page, for the window virtualizer.
  const measureOffset = useCallback(
    (element: HTMLElement) => setOffset(element.getBoundingClientRect().top + window.scrollY),
    [],
  );
  const [ref, width] = useElementWidth(0, measureOffset);
  const columns = Math.max(1, Math.floor((width + gap) / (minItemWidth + gap)));
  const rows = Math.ceil(count / columns);
  const whole = count <= wholeUpTo;
  const virtualizer = useWindowVirtualizer({
    count: whole ? 0 : rows,
    estimateSize: () => estimateRowHeight,
    overscan: 4,
    scrollMargin: offset,
    gap,
  });

  if (whole) {
    return (
      <div ref={ref} className={className}>
        {Array.from({ length: count }, (_, index) => renderItem(index))}
      </div>
    );
  }
  const items = virtualizer.getVirtualItems();
  return (
    <div ref={ref} style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
      {items.map((row) => (
        <div
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          className={className}
          style={{
            position: 'absolute',
            top: 0,
            left: 0,
            width: '100%',
            transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
            gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
          }}
        >
          {Array.from({ length: Math.min(columns, count - row.index * columns) }, (_, i) =>
            renderItem(row.index * columns + i),
          )}
        </div>
      ))}
    </div>
  );
}
