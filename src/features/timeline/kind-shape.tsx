import { useT } from '@/i18n/use-t';
import { kindLabel, type ItemKind } from './timeline-filters';

const SHAPES: Record<ItemKind, (fill: string) => React.ReactNode> = {
  event: (fill) => <circle cx="7" cy="7" r="5.75" fill={fill} />,
  agreement: (fill) => <polygon points="7,0.9 13.1,7 7,13.1 0.9,7" fill={fill} />,
  milestone: (fill) => <polygon points="7,1.2 13,12.8 1,12.8" fill={fill} />,
};

/**
 * The shape of a kind (event ●, agreement ◆, milestone ▲), always shown beside words: colour
 * is never the only signal. Hollow for something planned.
 */
export function KindShape({ kind, planned = false }: { kind: ItemKind; planned?: boolean }) {
  return (
    <svg
      className={`kind-shape kind-shape--${kind}`}
      viewBox="0 0 14 14"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <g stroke="currentColor" strokeWidth={planned ? 2 : 1.2}>
        {SHAPES[kind](planned ? 'none' : 'currentColor')}
      </g>
    </svg>
  );
}

/** The shape and the kind in words ("◆ Agreement, planned"), as the list and the slide show it. */
export function KindWords({
  kind,
  planned,
  className,
}: {
  kind: ItemKind;
  planned: boolean;
  className: string;
}) {
  const { t } = useT();
  return (
    <span className={className}>
      <KindShape kind={kind} planned={planned} />{' '}
      {planned ? t('timeline.list.kindPlanned', { kind: kindLabel(kind, t) }) : kindLabel(kind, t)}
    </span>
  );
}
