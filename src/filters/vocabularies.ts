import { AGREEMENT_TYPES, PROJECT_STATUSES } from '@/data/labels';
import { countryName } from '@/data/country-name';
import type { AgreementRecord, PackMetaRecord, ProjectRecord, SectorRecord } from '@/data/schema';
import { localText, type TextValue } from '@/lib/text';
import { ITEM_KINDS, type FilterSpec, type Vocabulary } from '@/registry/filter-specs';
import type { FacetParam, ListIndex } from './apply-filters';
import type { FilterLanguage } from './filter-words';
import { placeKey } from './projects/project-keys';
import type { FilterState, KnownIds } from './url-state';

/** One id a facet takes, named in the reader's language. */
export interface VocabularyEntry {
  id: string;
  label: string;
  /** "en" when the label is a pack text shown in English for want of a translation. */
  lang?: string;
}

/** The pack files the vocabularies are read from; a list gives those it has. */
export interface VocabularySource {
  meta: Pick<PackMetaRecord, 'countries'>;
  sectors?: readonly SectorRecord[];
  projects?: readonly ProjectRecord[];
  agreements?: readonly AgreementRecord[];
}

/** Per facet parameter, its ids in their one order; null where the file that has them is missing. */
type Vocabularies<S extends FilterSpec> = Record<FacetParam<S>, VocabularyEntry[] | null>;

function packLabel(value: TextValue, lang: string): { label: string; lang?: string } {
  const shown = localText(value, lang);
  return shown.lang === lang ? { label: shown.text } : { label: shown.text, lang: shown.lang };
}

/** The pack's two countries first, in the pack's order; any other after them. */
function countryRank(meta: VocabularySource['meta'], code: string): number {
  const at = meta.countries.findIndex((c) => c.id === code);
  return at < 0 ? meta.countries.length : at;
}

// Orders never follow the reader's language: the order is the order of ids in a URL.
const english = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Countries some record names, the pack's two first, then by their English name. */
function countries(
  codes: readonly (string | undefined)[],
  source: VocabularySource,
  { lang }: FilterLanguage,
) {
  const { meta } = source;
  const own = (code: string) => meta.countries.find((c) => c.id === code)?.name;
  const sortKey = (code: string) => countryName(code, own(code), 'en');
  return [...new Set(codes.filter((code): code is string => code !== undefined))]
    .sort(
      (a, b) =>
        countryRank(meta, a) - countryRank(meta, b) || english.compare(sortKey(a), sortKey(b)),
    )
    .map((id) => ({ id, label: countryName(id, own(id), lang) }));
}

/**
 * States and provinces (or a place's name where none is given) of the projects: the pack's first
 * country's first, each other one naming its country ("Guangxi (China)").
 */
function places(
  projects: readonly ProjectRecord[],
  source: VocabularySource,
  words: FilterLanguage,
) {
  const { meta } = source;
  const home = meta.countries[0].id;
  const found = new Map<string, { name: string; country: string }>();
  for (const project of projects)
    for (const place of project.places) {
      const id = placeKey(place);
      if (id && !found.has(id))
        found.set(id, { name: place.state ?? place.name, country: place.country });
    }
  return [...found]
    .sort(
      ([, a], [, b]) =>
        countryRank(meta, a.country) - countryRank(meta, b.country) ||
        english.compare(a.name, b.name),
    )
    .map(([id, { name, country }]) => ({
      id,
      label:
        country === home
          ? name
          : words.t('filters.placeIn', {
              place: name,
              country: countryName(
                country,
                meta.countries.find((c) => c.id === country)?.name,
                words.lang,
              ),
            }),
    }));
}

/** The ids a vocabulary holds, in its one order, labelled; null when its file is not at hand. */
function vocabularyOf(
  vocabulary: Vocabulary,
  source: VocabularySource,
  words: FilterLanguage,
): VocabularyEntry[] | null {
  const { t, lang } = words;
  switch (vocabulary) {
    case 'sector':
      return source.sectors?.map((s) => ({ id: s.id, ...packLabel(s.name, lang) })) ?? null;
    case 'projectStatus':
      return PROJECT_STATUSES.map((id) => ({ id, label: t(`labels.status.${id}`) }));
    case 'agreementType':
      return AGREEMENT_TYPES.map((id) => ({ id, label: t(`labels.agreementType.${id}`) }));
    case 'itemKind':
      return ITEM_KINDS.map((id) => ({ id, label: t(`labels.itemKind.${id}`) }));
    case 'partnerCountry':
    case 'partyCountry': {
      const codes =
        vocabulary === 'partnerCountry'
          ? source.projects?.flatMap((p) => p.partners.map((x) => x.country))
          : source.agreements?.flatMap((a) => a.parties.map((x) => x.country));
      return codes ? countries(codes, source, words) : null;
    }
    case 'place':
      return source.projects ? places(source.projects, source, words) : null;
  }
}

/** Every facet's vocabulary for a spec. */
export function vocabulariesOf<S extends FilterSpec>(
  spec: S,
  source: VocabularySource,
  words: FilterLanguage,
): Vocabularies<S> {
  const result = {} as Record<string, VocabularyEntry[] | null>;
  for (const field of spec)
    if (field.kind === 'facet') result[field.param] = vocabularyOf(field.vocabulary, source, words);
  return result as Vocabularies<S>;
}

/** The ids each facet accepts from the URL, in their one order (see url-state). */
export function knownIdsOf(
  vocabularies: Readonly<Record<string, VocabularyEntry[] | null>>,
): KnownIds {
  const known: Record<string, readonly string[]> = {};
  for (const [param, entries] of Object.entries(vocabularies))
    if (entries) known[param] = entries.map((entry) => entry.id);
  return known;
}

/**
 * The choices each facet's control offers: the ids some record of the list has, and any chosen id
 * even when none has it (so that the control shows it ticked with 0, and it can be unticked), in
 * the vocabulary's order. Without a vocabulary, the ids the records have, as they are.
 */
export function facetChoicesOf<S extends FilterSpec>(
  spec: S,
  vocabularies: Vocabularies<S>,
  index: Pick<ListIndex<S>, 'facets'>,
  state: FilterState<S>,
): Record<FacetParam<S>, VocabularyEntry[]> {
  const result = {} as Record<FacetParam<S>, VocabularyEntry[]>;
  for (const field of spec) {
    if (field.kind !== 'facet') continue;
    const param = field.param as FacetParam<S>;
    const column = index.facets[param];
    const chosen = (state as Record<string, unknown>)[param] as string[];
    const entries = vocabularies[param];
    result[param] = entries
      ? entries.filter((entry) => column.codes.has(entry.id) || chosen.includes(entry.id))
      : column.ids.map((id) => ({ id, label: id }));
  }
  return result;
}
