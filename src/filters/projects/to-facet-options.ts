import { PROJECT_STATUSES, statusLabel } from '@/data/labels';
import { countryName } from '@/data/country-name';
import type { PackMetaRecord, ProjectRecord, SectorRecord } from '@/data/schema';
import { currentLanguage, t } from '@/i18n/i18n';
import { INTL_LOCALES, type Language } from '@/i18n/languages';
import { localText, type TextValue } from '@/lib/text';
import { FACET_KEYS, type FacetKey, type ProjectFilters } from './project-filters';
import { placeKey } from './project-keys';

export interface FacetOption {
  /** The id written in the URL. */
  id: string;
  label: string;
  /** "en" when the label is a pack text shown in English for want of a translation. */
  lang?: string;
}

export type FacetOptions = Record<FacetKey, FacetOption[]>;

/** The name of a facet, in the current language (call it while rendering with `useT`). */
export const facetLegend = (facet: FacetKey): string => t(`filters.projects.facet.${facet}`);

/** The facets' names, read in the current language whenever one is read. */
export const FACET_LEGENDS: Readonly<Record<FacetKey, string>> = Object.freeze(
  Object.defineProperties(
    {} as Record<FacetKey, string>,
    Object.fromEntries(
      FACET_KEYS.map((facet) => [facet, { get: () => facetLegend(facet), enumerable: true }]),
    ),
  ),
);

/** A pack text in the current language, marked "en" when English stands in for it. */
function packLabel(value: TextValue, lang: Language): { label: string; lang?: string } {
  const shown = localText(value, lang);
  return shown.lang === lang ? { label: shown.text } : { label: shown.text, lang: shown.lang };
}

/**
 * A country's name in the current language: the pack's own wording for its two countries (the
 * browser's name for the code when the pack has no translation), the browser's for others.
 */
export function countryLabel(
  code: string,
  meta: Pick<PackMetaRecord, 'countries'>,
  lang: Language = currentLanguage(),
): string {
  const own = meta.countries.find((c) => c.id === code);
  return countryName(code, own?.name, lang);
}

/**
 * The values each facet offers: only those some project has, in a reading order, labelled in the
 * current language (work them out again when it changes).
 */
export function toFacetOptions(
  projects: readonly ProjectRecord[],
  sectors: readonly SectorRecord[],
  meta: Pick<PackMetaRecord, 'countries'>,
  lang: Language = currentLanguage(),
): FacetOptions {
  const used = (pick: (p: ProjectRecord) => (string | undefined)[]) =>
    new Set(projects.flatMap(pick).filter((v): v is string => Boolean(v)));

  const sectorIds = used((p) => p.sectors);
  const sectorOptions = sectors
    .filter((s) => sectorIds.has(s.id))
    .map((s): FacetOption => ({ id: s.id, ...packLabel(s.name, lang) }));
  for (const id of sectorIds)
    if (!sectors.some((s) => s.id === id)) sectorOptions.push({ id, label: id });

  const statuses = used((p) => [p.status]);
  const statusOptions = PROJECT_STATUSES.filter((id) => statuses.has(id)).map((id) => ({
    id,
    label: statusLabel(id, t),
  }));

  // The pack's two countries first, in the pack's order; any other by name.
  const rank = (code: string) => {
    const at = meta.countries.findIndex((c) => c.id === code);
    return at < 0 ? meta.countries.length : at;
  };
  const collator = new Intl.Collator(INTL_LOCALES[lang]);
  const byRankThenLabel = (a: FacetOption & { rank: number }, b: FacetOption & { rank: number }) =>
    a.rank - b.rank || collator.compare(a.label, b.label);
  const countryOptions = [...used((p) => p.partners.map((x) => x.country))]
    .map((id) => ({ id, label: countryLabel(id, meta, lang), rank: rank(id) }))
    .sort(byRankThenLabel)
    .map(({ id, label }) => ({ id, label }));

  // Places outside the pack's first country say which country they are in ("Guangxi (China)").
  const home = meta.countries[0].id;
  const states = new Map<string, FacetOption & { rank: number }>();
  for (const place of projects.flatMap((p) => p.places)) {
    const id = placeKey(place);
    if (!id || states.has(id)) continue;
    const name = place.state ?? place.name;
    const label =
      place.country === home
        ? name
        : t('filters.projects.placeIn', {
            place: name,
            country: countryLabel(place.country, meta, lang),
          });
    states.set(id, { id, label, rank: rank(place.country) });
  }
  const stateOptions = [...states.values()]
    .sort(byRankThenLabel)
    .map(({ id, label }) => ({ id, label }));

  return {
    sector: sectorOptions,
    status: statusOptions,
    country: countryOptions,
    state: stateOptions,
  };
}

/** The ids each list filter accepts from the URL; anything else there is ignored. */
export function knownValues(options: FacetOptions): Record<FacetKey, ReadonlySet<string>> {
  const ids = (facet: FacetKey) => new Set(options[facet].map((o) => o.id));
  return {
    sector: ids('sector'),
    status: ids('status'),
    country: ids('country'),
    state: ids('state'),
  };
}

/**
 * The active filters in words, so a presenter's audience (or a collapsed phone panel) sees them,
 * in the current language (call it while rendering with `useT`).
 */
export function describeFilters(filters: ProjectFilters, options: FacetOptions): string[] {
  const or = new Intl.ListFormat(INTL_LOCALES[currentLanguage()], { type: 'disjunction' });
  const parts: string[] = [];
  for (const facet of FACET_KEYS) {
    const labels = filters[facet].map((id) => options[facet].find((o) => o.id === id)?.label ?? id);
    if (labels.length)
      parts.push(t('filters.line', { name: facetLegend(facet), values: or.format(labels) }));
  }
  // Years stay plain digits.
  const { from, to } = filters;
  if (from !== undefined && to !== undefined)
    parts.push(
      t('filters.projects.active.between', {
        from: String(Math.min(from, to)),
        to: String(Math.max(from, to)),
      }),
    );
  else if (from !== undefined)
    parts.push(t('filters.projects.active.from', { from: String(from) }));
  else if (to !== undefined) parts.push(t('filters.projects.active.to', { to: String(to) }));
  if (filters.q.trim()) parts.push(t('filters.projects.matching', { query: filters.q.trim() }));
  return parts;
}
