import { PackText } from '@/components/ui/pack-text';
import type { MilestoneRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import { formatPartialDate } from '@/lib/format-date';
import { toMilestoneTrack } from './to-milestone-track';

interface Props {
  milestones: readonly MilestoneRecord[];
  start?: string;
  end?: string;
  asOf: string;
}

/**
 * Milestones as an ordered list that screen readers read in date order; each row also draws its
 * date on a shared year axis (decorative: the list says the same in words).
 */
export function MilestoneTrack({ milestones, start, end, asOf }: Props) {
  const { t, locale } = useT();
  const track = toMilestoneTrack(milestones, { start, end }, asOf);
  if (!track) return null;
  const asOfLine = track.asOf !== undefined && (
    <span className="milestone-track__asof" style={{ left: `${track.asOf}%` }} />
  );
  return (
    <div className="milestone-track">
      <div className="milestone-track__row milestone-track__axis" aria-hidden="true">
        <span className="milestone-track__text" />
        <span className="milestone-track__lane">
          {track.ticks.map((tick) => (
            <span
              key={tick.year}
              className="milestone-track__tick"
              style={{ left: `${tick.left}%` }}
              data-label={tick.labelled ? tick.year : undefined}
            />
          ))}
        </span>
      </div>
      <ol className="milestone-track__list">
        {track.marks.map((mark, index) => (
          <li
            key={`${mark.date}-${index}`}
            className={`milestone-track__row${mark.planned ? ' milestone-track__row--planned' : ''}`}
          >
            <span className="milestone-track__text">
              <time dateTime={mark.date}>{formatPartialDate(mark.date, locale)}</time>{' '}
              <PackText value={mark.label} />
              {mark.planned && (
                <span className="milestone-track__planned">
                  {' '}
                  {t('projects.milestones.planned')}
                </span>
              )}
            </span>
            <span className="milestone-track__lane" aria-hidden="true">
              {asOfLine}
              <span
                className={`milestone-track__mark milestone-track__mark--${mark.precision}`}
                style={{ left: `${mark.left}%`, width: `${mark.width}%` }}
              />
            </span>
          </li>
        ))}
      </ol>
      <p className="milestone-track__key" aria-hidden="true">
        <span className="milestone-track__key-item">
          <span className="milestone-track__swatch milestone-track__mark--day" />{' '}
          {t('projects.milestones.keyDay')}
        </span>
        <span className="milestone-track__key-item">
          <span className="milestone-track__swatch milestone-track__mark--month" />{' '}
          {t('projects.milestones.keyMonth')}
        </span>
        <span className="milestone-track__key-item">
          <span className="milestone-track__swatch milestone-track__mark--year" />{' '}
          {t('projects.milestones.keyYear')}
        </span>
        <span className="milestone-track__key-item">
          <span className="milestone-track__swatch milestone-track__mark--day milestone-track__swatch--planned" />{' '}
          {t('projects.milestones.keyPlanned')}
        </span>
        {track.asOf !== undefined && (
          <span className="milestone-track__key-item">
            <span className="milestone-track__swatch milestone-track__swatch--asof" />{' '}
            {t('projects.milestones.keyAsOf', { date: formatPartialDate(asOf, locale) })}
          </span>
        )}
      </p>
    </div>
  );
}
