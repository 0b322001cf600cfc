import { useT } from '@/i18n/use-t';
import { ChartMarker } from './chart-marker';
import { seriesStyle } from './series-style';
import type { markerKinds, YearSeries } from './to-year-rows';
import type { ChartColors } from './use-chart-colors';

interface Props {
  series: YearSeries[];
  colors: ChartColors;
  kinds: ReturnType<typeof markerKinds>;
  /** Short words for a slide: the samples show each line's dash and marker. */
  short?: boolean;
  /** Whether the marks are explained here (a slide with several charts explains them once). */
  marks?: boolean;
}

/**
 * The key to the lines and marks, in words and samples (not colour alone); only the marks that
 * occur in the chart are explained.
 */
export function YearLineLegend({ series, colors, kinds, short = false, marks = true }: Props) {
  const { t } = useT();
  const legend = short ? 'legendShort' : 'legend';
  return (
    <ul className="chart-legend">
      {/* A lone series on a slide is named by the chart's title: the legend keeps to the marks. */}
      {(short && series.length === 1 ? [] : series).map((s, i) => {
        const style = seriesStyle(i);
        const color = colors.series[style.color]!;
        return (
          <li key={s.id}>
            <Sample>
              <line
                x1={2}
                x2={38}
                y1={9}
                y2={9}
                stroke={color}
                strokeWidth={2.5}
                strokeDasharray={style.dash || undefined}
              />
              <ChartMarker shape={style.marker} x={20} y={9} color={color} />
            </Sample>
            <span>
              {s.label}
              {!short && (
                <>
                  {' '}
                  <span className="chart-legend__how">({t(`chart.line.${style.line}`)})</span>
                </>
              )}
            </span>
          </li>
        );
      })}
      {marks && kinds.partial && (
        <li>
          <Sample>
            <ChartMarker
              shape="circle"
              x={20}
              y={9}
              color={colors.text}
              hollowFill={colors.background}
            />
          </Sample>
          <span>{t(`chart.${legend}.partial`)}</span>
        </li>
      )}
      {marks && kinds.approximate && (
        <li>
          <Sample>
            <text
              x={20}
              y={9}
              dy="0.35em"
              textAnchor="middle"
              fontSize={colors.fontSize + 4}
              fontWeight={700}
              fill={colors.text}
            >
              ≈
            </text>
          </Sample>
          <span>{t(`chart.${legend}.approximate`)}</span>
        </li>
      )}
      {marks && kinds.conflict && (
        <li>
          <Sample>
            <circle
              cx={20}
              cy={9}
              r={7}
              fill="none"
              stroke={colors.text}
              strokeWidth={1.5}
              strokeDasharray="3 2"
            />
          </Sample>
          <span>{t(`chart.${legend}.conflict`)}</span>
        </li>
      )}
      {marks && kinds.gaps && (
        <li>
          <Sample>
            <line x1={2} x2={14} y1={9} y2={9} stroke={colors.text} strokeWidth={2.5} />
            <line x1={26} x2={38} y1={9} y2={9} stroke={colors.text} strokeWidth={2.5} />
          </Sample>
          <span>{t(`chart.${legend}.gap`)}</span>
        </li>
      )}
    </ul>
  );
}

function Sample({ children }: { children: React.ReactNode }) {
  return (
    <svg
      className="chart-legend__sample"
      width={40}
      height={18}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
