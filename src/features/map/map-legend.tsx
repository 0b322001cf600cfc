import { useId, type ReactNode } from 'react';
import { MAP_ATTRIBUTION } from './geo/frames';

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
  return (
    <section className="map-legend" aria-labelledby={titleId}>
      <h2 className="map-legend__title" id={titleId}>
        Key
      </h2>
      <ul className="map-legend__items">
        <li>
          <Symbol>
            <circle className="map-legend__approximate" r="6" />
          </Symbol>
          Approximate position: the town, not the site
          {allApproximate ? ' (every position in this pack)' : ''}
        </li>
        {!allApproximate && (
          <li>
            <Symbol>
              <circle className="map-legend__exact" r="6" />
            </Symbol>
            Exact position
          </li>
        )}
        <li>
          <Symbol>
            <circle className="map-legend__cluster" r="10" />
            <text className="map-legend__count" dy="0.35em">
              3
            </text>
          </Symbol>
          Several projects close together (the number of projects): select to zoom in or list them
        </li>
        <li>
          <Symbol>
            <line className="map-legend__route" x1="-16" y1="6" x2="16" y2="-6" />
          </Symbol>
          Schematic route: a line&apos;s termini and stations joined in order, not its track
        </li>
        <li>
          <Symbol>
            <circle className="map-legend__selected" r="6" />
          </Symbol>
          Selected project (thick outline)
        </li>
      </ul>
      <p className="map-legend__attribution">{MAP_ATTRIBUTION}.</p>
    </section>
  );
}
