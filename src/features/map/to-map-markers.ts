import { formatNumber } from '@/lib/intl-formats';
import type { ProjectRecord } from '@/data/schema';
import { INTL_LOCALES, type Language } from '@/i18n/languages';
import type { Translate } from '@/i18n/message-id';
import { textOf } from '@/lib/text';
import { clusterPoints } from './cluster-points';
import { placeLabel, type MapPoint } from './to-map-points';

/** What one marker on screen stands for: one project's place(s), or several projects close together. */
export interface MapMarker {
  /** The first member's key: stable while the clusters stay the same. */
  key: string;
  /** Zoomed pixels before panning. */
  x: number;
  y: number;
  points: MapPoint[];
  /** Distinct projects, in the points' order. */
  projects: ProjectRecord[];
  /** True when any member's position is approximate. */
  approximate: boolean;
  /** The accessible name, e.g. "East Coast Rail Link — Kuantan, Pahang (approximate position)". */
  label: string;
}

/** How close (in pixels) two markers may come before they merge. */
export const CLUSTER_RADIUS = 28;

/**
 * A single place's dot; a cluster grows a little with its count, so "3" and "300" differ at a
 * glance, but stays within half the merge distance so that neighbouring clusters rarely touch.
 * `scale` grows every marker with the type (a slide's counts are 18 px, the dashboard's 11 px);
 * the merge distance grows with it (toMapMarkers' `radius`).
 */
export function markerRadius(marker: Pick<MapMarker, 'projects'>, scale = 1): number {
  const count = marker.projects.length;
  return scale * (count === 1 ? 6 : Math.min(CLUSTER_RADIUS / 2, 10 + 1.2 * Math.log2(count)));
}

/** A cluster's count as drawn: "1.2k" past 999, so it fits its circle (the name has the full number). */
export function shortCount(count: number): string {
  return count < 1000 ? String(count) : `${Math.floor(count / 100) / 10}k`;
}

const NAMES_IN_LABEL = 3;

/** The words of a language and how it writes lists, made once per set of markers. */
interface Lists {
  t: Translate;
  lang: Language;
  locale: string;
  /** "A, B and C" / "A、B和C". */
  and: Intl.ListFormat;
  /** "A, B, C" / "A、B、C", before "and 2 more". */
  comma: Intl.ListFormat;
}

function listsOf(t: Translate, lang: Language): Lists {
  const locale = INTL_LOCALES[lang];
  return {
    t,
    lang,
    locale,
    and: new Intl.ListFormat(locale, { type: 'conjunction' }),
    comma: new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }),
  };
}

/** The accessible name of a marker, in the language given. */
function labelOf(
  points: MapPoint[],
  projects: ProjectRecord[],
  near: MapPoint,
  { t, lang, locale, and, comma }: Lists,
): string {
  const approximate = points.filter((p) => p.approximate).length;
  const count = points.length;
  const exactness =
    approximate === 0
      ? t('map.marker.exact', { count })
      : approximate === count
        ? t('map.marker.approximate', { count })
        : t('map.marker.someApproximate');
  if (projects.length === 1) {
    const places = and.format([...new Set(points.map((p) => placeLabel(p.place)))]);
    return t('map.marker.one', { name: textOf(projects[0]!.name, lang), places, exactness });
  }
  const names = projects.slice(0, NAMES_IN_LABEL).map((p) => textOf(p.name, lang));
  const more = projects.length - names.length;
  return t('map.marker.many', {
    count: projects.length,
    place: placeLabel(near.place),
    names:
      more > 0
        ? t('map.marker.more', { names: comma.format(names), more: formatNumber(more, locale) })
        : and.format(names),
    exactness,
  });
}

/**
 * The markers at zoom `k`: points closer than `radius` on screen share one marker.
 * `xs`/`ys` are the points' first-view pixels; the markers are named in the language of `t`,
 * projects by their names in `lang` where the pack has them.
 */
export function toMapMarkers(
  points: readonly MapPoint[],
  xs: Float64Array,
  ys: Float64Array,
  k: number,
  t: Translate,
  lang: Language,
  radius = CLUSTER_RADIUS,
): MapMarker[] {
  const lists = listsOf(t, lang);
  const zx = xs.map((x) => x * k);
  const zy = ys.map((y) => y * k);
  return clusterPoints(zx, zy, radius).map(({ x, y, members }) => {
    const mine = members.map((m) => points[m]!);
    const projects = [...new Set(mine.map((p) => p.project))];
    let near = members[0]!;
    for (const m of members)
      if ((zx[m]! - x) ** 2 + (zy[m]! - y) ** 2 < (zx[near]! - x) ** 2 + (zy[near]! - y) ** 2)
        near = m;
    return {
      key: mine[0]!.key,
      x,
      y,
      points: mine,
      projects,
      approximate: mine.some((p) => p.approximate),
      label: labelOf(mine, projects, points[near]!, lists),
    };
  });
}
