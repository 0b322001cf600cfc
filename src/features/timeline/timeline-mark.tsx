import type { CSSProperties } from 'react';
import { Link, type To } from 'react-router-dom';
import { useT } from '@/i18n/use-t';
import { KindShape } from './kind-shape';
import { describeItem } from './to-timeline-items';
import type { PlacedItem } from './to-timeline-rows';

export interface ItemLink {
  to: To;
  /** Opening an event's details changes only the URL's `item`, so it replaces like a filter. */
  replace: boolean;
}

interface Props {
  placed: PlacedItem;
  top: number;
  /** The one item in the tab order (roving tabindex). */
  active: boolean;
  /** The event whose details are open. */
  selected: boolean;
  link: ItemLink;
  onOpen: () => void;
}

/**
 * One item on the axis: its shape, its span (a bar for a range, a striped band for a date known
 * only to the month or year) and its label. A link, so Enter opens it and it can be copied.
 */
export function TimelineMark({ placed, top, active, selected, link, onOpen }: Props) {
  const { t, locale } = useT();
  const { item, bar } = placed;
  const classes = [
    'tl-mark',
    `tl-mark--${item.kind}`,
    bar > 0 ? (item.isRange ? 'tl-mark--range' : 'tl-mark--band') : 'tl-mark--point',
    placed.labelWidth > 0 ? 'tl-mark--labelled' : 'tl-mark--bare',
    placed.labelLeft < 0 ? 'tl-mark--label-left' : '',
    placed.cutStart ? 'tl-mark--cut-start' : '',
    placed.cutEnd ? 'tl-mark--cut-end' : '',
  ];
  const style = { left: placed.left, top, width: Math.max(bar, 14) };
  const labelStyle = {
    '--label-width': `${placed.labelWidth}px`,
    '--label-room': `${Math.floor(placed.labelRoom)}px`,
  } as CSSProperties;
  return (
    <Link
      to={link.to}
      replace={link.replace}
      className={classes.filter(Boolean).join(' ')}
      style={style}
      data-item-key={item.key}
      tabIndex={active ? 0 : -1}
      aria-label={describeItem(item, t, locale)}
      aria-current={selected ? 'true' : undefined}
      onClick={onOpen}
    >
      {bar > 0 && <span className="tl-mark__bar" />}
      <KindShape kind={item.kind} planned={item.planned} />
      <span className="tl-mark__label" style={labelStyle} lang={item.titleLang}>
        {item.title}
      </span>
    </Link>
  );
}
