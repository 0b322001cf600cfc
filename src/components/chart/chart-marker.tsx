import type { MarkerShape } from './series-style';

interface Props {
  shape: MarkerShape;
  x: number;
  y: number;
  color: string;
  /** Fill for a hollow marker (the background), or undefined for a filled one. */
  hollowFill?: string;
  size?: number;
}

/** A marker centred on (x, y): filled for a whole year, hollow for part of a year. */
export function ChartMarker({ shape, x, y, color, hollowFill, size = 5 }: Props) {
  const common = {
    fill: hollowFill ?? color,
    stroke: color,
    strokeWidth: hollowFill ? 2 : 1,
  };
  if (shape === 'square')
    return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} {...common} />;
  if (shape === 'diamond') {
    const d = size * 1.35;
    return (
      <polygon points={`${x},${y - d} ${x + d},${y} ${x},${y + d} ${x - d},${y}`} {...common} />
    );
  }
  if (shape === 'triangle') {
    const d = size * 1.3;
    return (
      <polygon
        points={`${x},${y - d} ${x + d},${y + d * 0.8} ${x - d},${y + d * 0.8}`}
        {...common}
      />
    );
  }
  return <circle cx={x} cy={y} r={size} {...common} />;
}
