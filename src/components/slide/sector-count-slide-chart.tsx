import { describeBars } from '@/components/chart/describe-chart';
import { RankedBarChart } from '@/components/chart/ranked-bar-chart';
import { useSectorBars } from '@/components/chart/sector-count-chart';
import { useSectorCounts } from '@/data/use-sector-counts';
import { useT } from '@/i18n/use-t';
import { SlideChart } from './slide-chart';

interface Props {
  title: string;
  /** What the bars show, for screen readers: "projects per sector". */
  chartLabel: string;
}

/**
 * Projects per sector on a slide: the bars share the height left, each count written at its
 * bar's end. Drawn at once (not lazily): the slide's code, fetched before it is shown, brings
 * the chart with it, so the room never sees "Drawing chart…".
 */
export function SectorCountSlideChart({ title, chartLabel }: Props) {
  const { t } = useT();
  const { counts, names } = useSectorCounts();
  const bars = useSectorBars(counts, names);
  return (
    <SlideChart title={title}>
      <RankedBarChart bars={bars} height="fill" ariaLabel={describeBars(chartLabel, bars, t)} />
    </SlideChart>
  );
}
