import { useT } from '@/i18n/use-t';

interface Props {
  allApproximate: boolean;
  /** Whether a schematic line is drawn. */
  routes: boolean;
  /** The selected project's name, where one is drawn. */
  selected: string | null;
}

/**
 * The map's key on a slide, in one or two lines: each mark drawn as on the map (sized from the
 * same type tokens) and said in words, as a mark's shape or colour never speaks alone. Only the
 * marks the slide shows are listed; the licence's attribution closes it.
 */
export function MapSlideKey({ allApproximate, routes, selected }: Props) {
  const { t } = useT();
  return (
    <ul className="map-slide__key" aria-label={t('map.legend.title')}>
      <li>
        <span className="map-slide__mark map-slide__mark--approximate" aria-hidden="true" />
        {allApproximate ? t('map.slide.approximateAll') : t('map.slide.approximate')}
      </li>
      {!allApproximate && (
        <li>
          <span className="map-slide__mark map-slide__mark--exact" aria-hidden="true" />
          {t('map.slide.exact')}
        </li>
      )}
      <li>
        <span className="map-slide__mark map-slide__mark--cluster" aria-hidden="true">
          3
        </span>
        {t('map.slide.cluster')}
      </li>
      {routes && (
        <li>
          <span className="map-slide__mark map-slide__mark--route" aria-hidden="true" />
          {t('map.slide.route')}
        </li>
      )}
      {selected !== null && (
        <li>
          <span className="map-slide__mark map-slide__mark--selected" aria-hidden="true" />
          {t('map.slide.selected', { name: selected })}
        </li>
      )}
      <li className="map-slide__attribution">{t('map.slide.attribution')}</li>
    </ul>
  );
}
