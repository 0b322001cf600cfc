import { useId } from 'react';
import { SourceList } from '@/components/sources/source-list';
import { useCountryNames } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import type { SourcesMessage } from './sources-message';

interface Props {
  /** What the audience window last sent (null before it sent anything). */
  heard: SourcesMessage | null;
  deck: string;
  slide: number;
}

/**
 * The sources of the slide shown, as the audience window sent them (the overlay's list, one key
 * away there): only while this window is on that slide, so that it never lists another slide's.
 */
export function SpeakerSources({ heard, deck, slide }: Props) {
  const { t, locale } = useT();
  const sideNames = useCountryNames();
  const headingId = useId();
  const mine = heard?.deck === deck && heard.slide === slide ? heard : null;
  if (!mine || mine.sources.length === 0)
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('shared.sources.heading')}</h2>
        <p className="speaker__sources-note">
          {mine ? t('present.speaker.noSources') : t('present.speaker.sourcesWaiting')}
        </p>
      </section>
    );
  const rest = mine.total - mine.sources.length;
  return (
    <div className="speaker__sources">
      <SourceList sources={mine.sources} sideNames={sideNames} headingLevel={2} />
      {rest > 0 && (
        <p className="speaker__sources-note">
          {t('present.speaker.moreSources', { count: formatNumber(rest, locale) })}
        </p>
      )}
    </div>
  );
}
