import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';

interface Props<T> {
  items: readonly T[];
  /** A stable key of an item. */
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  className?: string;
}

/** More than a screen can ever show: the rest is "and N more" without being drawn. */
const MOST = 60;

/**
 * A list that shows as many of its items as fit the height it is given, then "and N more": a
 * slide never scrolls, and a room should not see half a line. Measured after layout, again
 * whenever the space changes (a window resized, full screen, a font loaded).
 */
export function FitList<T>({ items, keyOf, render, className }: Props<T>) {
  const { t, locale } = useT();
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // How many of these items fit; for other items (or before measuring) every item is drawn.
  const [measured, setMeasured] = useState<{ items: readonly T[]; fits: number } | null>(null);
  const fits = measured?.items === items ? measured.fits : null;
  const latest = useRef({ items, drawnAll: fits === null });
  useLayoutEffect(() => {
    latest.current = { items, drawnAll: fits === null };
  });

  // Measured when the drawn list or the space changes: with every item drawn, count those that
  // fit; with a part drawn and new space, draw every item again and count anew.
  useLayoutEffect(() => {
    const element = box.current;
    const inner = list.current;
    if (!element || !inner || typeof ResizeObserver === 'undefined') return;
    let room = `${element.clientWidth}x${element.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const size = `${element.clientWidth}x${element.clientHeight}`;
      const { items: current, drawnAll } = latest.current;
      if (drawnAll) {
        room = size;
        setMeasured({ items: current, fits: countFitting(element, inner, current.length) });
      } else if (size !== room) {
        room = size;
        setMeasured(null);
      }
    });
    observer.observe(element);
    observer.observe(inner);
    return () => observer.disconnect();
  }, []);

  // Counted as soon as every item is drawn, before the screen is painted: the observer reports
  // only sizes that change, and items that change again (the same rows in a new array) can leave
  // the whole list drawn at the size it already had, so that no report ever comes.
  useLayoutEffect(() => {
    const element = box.current;
    const inner = list.current;
    if (fits !== null || !element || !inner || typeof ResizeObserver === 'undefined') return;
    setMeasured({ items, fits: countFitting(element, inner, items.length) });
  }, [items, fits]);

  const drawn = items.slice(0, fits ?? MOST);
  const rest = items.length - drawn.length;
  return (
    <div className={`fit-list ${className ?? ''}`} ref={box}>
      <ol className="fit-list__items" ref={list}>
        {drawn.map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ol>
      {rest > 0 && fits !== null && (
        <p className="fit-list__more">
          {t('shared.slide.more', { count: formatNumber(rest, locale) })}
        </p>
      )}
    </div>
  );
}

/**
 * How many items fit above a line for "and N more" (the line is needed when not all fit). The
 * list is laid out in full first, so each item's bottom is where it would be.
 */
function countFitting(box: HTMLElement, list: HTMLOListElement, total: number): number {
  const children = [...list.children] as HTMLElement[];
  const room = box.clientHeight;
  const lineFor = (n: number) => (n < total ? moreLineHeight(box) : 0);
  let n = 0;
  for (const child of children) {
    const bottom = child.offsetTop - list.offsetTop + child.offsetHeight;
    if (bottom + lineFor(n + 1) > room) break;
    n++;
  }
  // At least one item, even on a tiny screen: a slide that says only "and 25 more" says nothing.
  return Math.max(1, Math.min(n, total));
}

function moreLineHeight(box: HTMLElement): number {
  const size = parseFloat(getComputedStyle(box).fontSize) || 16;
  return Math.ceil(size * 1.8);
}
