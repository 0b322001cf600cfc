import { useId, type ReactNode } from 'react';
import { useT } from '@/i18n/use-t';

function Symbol({ children }: { children: ReactNode }) {
  return (
    <svg
      className="map-legend__symbol"
      width="36"
      height="24"
      viewBox="-18 -12 36 24"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

/** What the marks mean, in words beside each symbol (the symbols never carry meaning alone). */
export function MapLegend({ allApproximate }: { allApproximate: boolean }) {
  const titleId = useId();
  const { t } = useT();
  return (
    <section className="map-legend" aria-labelledby={titleId}>
      <h2 className="map-legend__title" id={titleId}>
        {t('map.legend.title')}
      </h2>
      <ul className="map-legend__items">
        <li>
          <Symbol>
            <circle className="map-legend__approximate" r="6" />
          </Symbol>
          {allApproximate ? t('map.legend.approximateAll') : t('map.legend.approximate')}
        </li>
        {!allApproximate && (
          <li>
            <Symbol>
              <circle className="map-legend__exact" r="6" />
            </Symbol>
            {t('map.legend.exact')}
          </li>
        )}
        <li>
          <Symbol>
            <circle className="map-legend__cluster" r="10" />
            <text className="map-legend__count" dy="0.35em">
              3
            </text>
          </Symbol>
          {t('map.legend.cluster')}
        </li>
        <li>
          <Symbol>
            <line className="map-legend__route" x1="-16" y1="6" x2="16" y2="-6" />
          </Symbol>
          {t('map.legend.route')}
        </li>
        <li>
          <Symbol>
            <circle className="map-legend__selected" r="6" />
          </Symbol>
          {t('map.legend.selected')}
        </li>
      </ul>
      <p className="map-legend__attribution">{t('map.legend.attribution')}</p>
    </section>
  );
}
