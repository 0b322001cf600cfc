import type { MilestoneRecord } from '@/data/schema';
import {
  comparePartialDates,
  endOf,
  precisionOf,
  startOf,
  yearOf,
  type Precision,
} from '@/lib/partial-date';
import { extent } from '@/lib/large-arrays';
import type { TextValue } from '@/lib/text';

interface TrackMark {
  date: string;
  /** The pack's wording, shown in the reader's language where the pack has it. */
  label: TextValue;
  planned: boolean;
  precision: Precision;
  /** Where the date starts on the axis, in percent. */
  left: number;
  /** How much of the axis the date covers, in percent: a whole year is drawn as the whole year. */
  width: number;
}

export interface MilestoneTrack {
  marks: TrackMark[];
  ticks: { year: number; left: number; labelled: boolean }[];
  /** Position of the pack's "as of" date, when it falls on the axis. */
  asOf?: number;
}

/** Years between labelled ticks, so that the axis stays legible on a phone. */
function tickStep(years: number): number {
  return years <= 8 ? 1 : years <= 16 ? 2 : years <= 40 ? 5 : 10;
}

/**
 * Milestones on an axis of whole years, each drawn across the time its date covers: a day is a
 * point, a month a short bar and a year-only date the whole year (never 1 January).
 */
export function toMilestoneTrack(
  milestones: readonly MilestoneRecord[],
  span: { start?: string; end?: string },
  asOf?: string,
): MilestoneTrack | null {
  const dated = [...milestones].sort((a, b) => comparePartialDates(a.date, b.date));
  if (dated.length === 0) return null;
  const years = [span.start, span.end, ...dated.map((m) => m.date)]
    .filter((d): d is string => d !== undefined)
    .map(yearOf);
  // Never null: the milestones are dated.
  const [first, last] = extent(years)!;
  const axisStart = Date.UTC(first, 0, 1);
  const axisLength = Date.UTC(last + 1, 0, 1) - axisStart;
  const at = (time: number) => ((time - axisStart) / axisLength) * 100;
  const step = tickStep(last - first + 1);
  const ticks = [];
  for (let year = first; year <= last + 1; year++)
    ticks.push({
      year,
      left: at(Date.UTC(year, 0, 1)),
      labelled: year <= last && (year - first) % step === 0,
    });
  const asOfTime = asOf ? startOf(asOf) : Number.NaN;
  return {
    marks: dated.map((m) => {
      const precision = precisionOf(m.date);
      const left = at(startOf(m.date));
      const width = at(endOf(m.date) + 1) - left;
      // A day is too short to see: it is drawn as a dot centred on the day.
      return precision === 'day'
        ? {
            date: m.date,
            label: m.label,
            planned: m.planned === true,
            precision,
            left: left + width / 2,
            width: 0,
          }
        : {
            date: m.date,
            label: m.label,
            planned: m.planned === true,
            precision,
            left,
            width,
          };
    }),
    ticks,
    asOf: asOfTime >= axisStart && asOfTime < axisStart + axisLength ? at(asOfTime) : undefined,
  };
}
