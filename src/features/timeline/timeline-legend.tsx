import { useT } from '@/i18n/use-t';
import { formatPartialDate } from '@/lib/format-date';
import { KindShape } from './kind-shape';
import { ITEM_KINDS } from '@/registry/filter-specs';
import { kindLabel } from './timeline-filters';

/** What the shapes, bars and lines mean, in words. */
export function TimelineLegend({ asOf }: { asOf: string }) {
  const { t, locale } = useT();
  return (
    <ul className="tl-legend" aria-label={t('timeline.legend.label')}>
      {ITEM_KINDS.map((kind) => (
        <li key={kind}>
          <KindShape kind={kind} /> {kindLabel(kind, t)}
        </li>
      ))}
      <li>
        <KindShape kind="milestone" planned /> {t('timeline.legend.planned')}
      </li>
      <li>
        <span className="tl-legend__swatch tl-legend__swatch--range" aria-hidden="true" />{' '}
        {t('timeline.legend.range')}
      </li>
      <li>
        <span className="tl-legend__swatch tl-legend__swatch--band" aria-hidden="true" />{' '}
        {t('timeline.legend.band')}
      </li>
      <li>
        <span className="tl-legend__swatch tl-legend__swatch--asof" aria-hidden="true" />{' '}
        {t('timeline.legend.asOf', { date: formatPartialDate(asOf, locale) })}
      </li>
    </ul>
  );
}
