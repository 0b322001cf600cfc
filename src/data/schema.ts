/**
 * The data-pack schema: the single source of truth for the pack's types, the app's validation,
 * `npm run data:check` and the JSON Schema files under `data/schema/` that editors use.
 *
 * Written with `zod/mini` so that validation costs ~4 KiB in the first download rather than ~22.
 * Every object schema is exported under the name that becomes its `$defs` entry in the JSON
 * Schema; the JSDoc on each field becomes that field's description for curators
 * (see scripts/export-json-schema.ts).
 */
import * as z from 'zod/mini';
import { isValidPartialDate } from '@/lib/partial-date';
import type { PackFileName as FileNameInRegistry } from '@/registry/pack-files';
import { DECK_LIMITS } from './deck-limits';
import { ID_PATTERN, PACK_ID_MAX_LENGTH } from './pack-id';

// ---------------------------------------------------------------------------------------------
// Primitives

/** A stable identifier: lower-case letters, digits and hyphens, used in URLs and references. */
export const Id = z.string().check(z.regex(ID_PATTERN, 'id'));

/** A pack id: an Id short enough to be a folder name and a URL segment. */
export const PackId = z.string().check(z.regex(ID_PATTERN, 'id'), z.maxLength(PACK_ID_MAX_LENGTH));

/** A date that keeps its precision: `2017`, `2017-06` or `2017-06-24`. */
export const PartialDate = z
  .string()
  .check(
    z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'date-format'),
    z.refine(isValidPartialDate, 'date-real'),
  );

/** A language tag such as `en`, `ms`, `zh` or `zh-Hans`. */
export const LanguageTag = z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'lang'));

/** Text in one language (English) or an object of translations with `en` required. */
export const Text = z.union([
  z.string().check(z.minLength(1)),
  z
    .record(LanguageTag, z.string().check(z.minLength(1)))
    .check(z.refine((value) => typeof value.en === 'string', 'text-en')),
]);

/** An ISO 4217 currency code such as `MYR`, `USD` or `CNY`. */
export const Currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'currency'));

/** A country or party code: lower-case ISO 3166-1 alpha-2 (`my`, `cn`). */
export const CountryCode = z.string().check(z.regex(/^[a-z]{2}$/, 'country'));

/** An http(s) address. Other schemes (javascript:, data:, file:) are refused. */
export const HttpUrl = z.string().check(z.regex(/^https?:\/\/[^\s/?#]+\.[^\s]*$/i, 'http-url'));

// ---------------------------------------------------------------------------------------------
// Sources, money, notes

/** Where a claim comes from. Every project, agreement and event has at least one. */
export const Source = z.strictObject({
  /** Address of the page, exactly as published (http or https only). */
  url: HttpUrl,
  /** Who published the page, e.g. "Malay Mail", "Xinhua", "Reuters". */
  publisher: z.string().check(z.minLength(1)),
  /** Title of the page, where known. */
  title: z.optional(Text),
  /** Publication date of the page, where known. */
  date: z.optional(PartialDate),
  /** Which side the source comes from: a country code of the pack, or "third-party". */
  side: z.union([CountryCode, z.literal('third-party')]),
  /** "lower" marks blogs, aggregators and mirrors kept only where nothing better was found. */
  reliability: z.optional(z.literal('lower')),
  /** What this source supports, when a record cites several. */
  note: z.optional(Text),
});

/** An amount of money in one currency, referring to one year. Amounts are in whole units (RM 50.27bn = 50270000000). */
export const Money = z.strictObject({
  /** Amount in whole currency units, not billions. */
  amount: z.number().check(z.nonnegative()),
  /** ISO 4217 currency code. Amounts in different currencies are never added up. */
  currency: Currency,
  /** The year (or date) the amount refers to. */
  year: z.optional(PartialDate),
  /** What the figure measures, e.g. "construction cost, phases 1–2". */
  label: z.optional(Text),
  /** True when the source gives the figure as approximate ("about", "over"). */
  approximate: z.optional(z.boolean()),
  /** Sources of this figure. */
  sources: z.array(Source).check(z.minLength(1)),
});

/** A figure with the alternatives that other sources give. The app shows the disagreement side by side. */
export const Value = z.strictObject({
  /** The figure shown first. */
  main: Money,
  /** Other figures for the same thing (or a differently scoped one), each with its source. */
  alternatives: z.optional(z.array(Money)),
});

/** A further sourced statement about a record: a detail, a disagreement or an unverified claim. */
export const Note = z.strictObject({
  /** The statement, in the curator's own words. */
  text: Text,
  /** True when sources disagree on this point; the text says how. */
  conflict: z.optional(z.boolean()),
  /** True when no source confirmed the claim; it is shown marked as unverified. */
  unverified: z.optional(z.boolean()),
  /** Sources of the statement (may be empty only for an unverified claim). */
  sources: z.array(Source),
});

/** A party to an agreement or a partner in a project. */
export const Party = z.strictObject({
  /** Name of the government, agency, company or person. */
  name: z.string().check(z.minLength(1)),
  /** Country code of the party (lower-case ISO alpha-2), where it has one. */
  country: z.optional(CountryCode),
  /** The party's role, e.g. "owner", "main contractor", "49.9% shareholder". */
  role: z.optional(Text),
});

// ---------------------------------------------------------------------------------------------
// Pack metadata and manifest

/** One of the two countries of the pack. */
export const Country = z.strictObject({
  /** Lower-case ISO 3166-1 alpha-2 code, used as `side` of sources and `country` of parties. */
  id: CountryCode,
  /** Name of the country. */
  name: Text,
});

/** `pack.json`: what the pack is, who it is about, and how current it is. */
export const PackMeta = z.strictObject({
  $schema: z.optional(z.string()),
  /** Pack id; must equal its folder name under `data/`. */
  id: PackId,
  /** Title shown in the app header. */
  title: Text,
  /** One or two sentences on what the pack covers. */
  description: Text,
  /** The two countries whose relations the pack describes. */
  countries: z.tuple([Country, Country]),
  /** The date up to which the pack's sources were collected ("as of"). */
  asOf: PartialDate,
  /** Version of the pack, e.g. "1.0.0". */
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'semver')),
  /** Licence of the pack's text, e.g. "CC BY 4.0". */
  licence: z.string().check(z.minLength(1)),
  /** Languages the pack's text is (at least partly) available in; `en` first. */
  languages: z.array(LanguageTag).check(z.minLength(1)),
  /** How the pack was compiled and what it can and cannot support. */
  methodology: z.optional(Text),
});

/** One entry of the manifest `data/packs.json`. */
export const ManifestEntry = z.strictObject({
  /** Pack id; its files live in `data/<id>/`. */
  id: PackId,
  /** Title shown in the pack picker before the pack is loaded. */
  title: Text,
});

/** `data/packs.json`: the packs the app can load; the first is the default. */
export const Manifest = z.strictObject({
  $schema: z.optional(z.string()),
  /** Packs in the order offered; the first is the default. */
  packs: z.array(ManifestEntry).check(z.minLength(1)),
});

// ---------------------------------------------------------------------------------------------
// Sectors

/** A sourced fact about a sector. */
export const SectorFact = z.strictObject({
  /** The fact, in the curator's own words. */
  text: Text,
  /** When the fact applies, where it has a date. */
  date: z.optional(PartialDate),
  /** True when sources disagree on this fact. */
  conflict: z.optional(z.boolean()),
  /** Sources of the fact. */
  sources: z.array(Source).check(z.minLength(1)),
});

/** A sector of cooperation, such as automotive or digital economy. */
export const Sector = z.strictObject({
  /** Sector id, used in URLs (`sector=automotive`). */
  id: Id,
  /** Name of the sector. */
  name: Text,
  /** What the sector covers in this pack. */
  description: z.optional(Text),
  /** Sourced facts about the sector. */
  facts: z.array(SectorFact),
});

/** `sectors.json`. */
export const SectorsFile = z.strictObject({
  $schema: z.optional(z.string()),
  sectors: z.array(Sector),
});

// ---------------------------------------------------------------------------------------------
// Projects

/** Project statuses, from idea to end. */
export const ProjectStatus = z.enum([
  'announced',
  'planned',
  'contracted',
  'under-construction',
  'operational',
  'completed',
  'suspended',
  'cancelled',
  'unclear',
]);

/** A point on the map. */
export const Coordinates = z.strictObject({
  /** Latitude in degrees (−90 to 90). */
  lat: z.number().check(z.gte(-90), z.lte(90)),
  /** Longitude in degrees (−180 to 180). */
  lon: z.number().check(z.gte(-180), z.lte(180)),
  /** True when the position is an approximation (e.g. the town's centre), not the site itself. */
  approximate: z.boolean(),
});

/** A place where a project is. */
export const Place = z.strictObject({
  /** Name of the place, e.g. "Tanjung Malim". */
  name: z.string().check(z.minLength(1)),
  /** State, province or region, e.g. "Perak", "Guangxi". */
  state: z.optional(z.string().check(z.minLength(1))),
  /** Country code of the place. */
  country: CountryCode,
  /** Role of the place in a project with several: "site", "terminus", "station". */
  role: z.optional(z.enum(['site', 'terminus', 'station'])),
  /** Position, where known. */
  coordinates: z.optional(Coordinates),
});

/** A dated step in a project's life. Must fall within the project's start and end. */
export const Milestone = z.strictObject({
  /** When it happened or is due. */
  date: PartialDate,
  /** What happened. */
  label: Text,
  /** True for a date that is planned rather than past. */
  planned: z.optional(z.boolean()),
  /** Sources of the milestone. */
  sources: z.array(Source).check(z.minLength(1)),
});

/** A project or sub-project with Chinese and Malaysian (or the pack's two countries') involvement. */
export const Project = z.strictObject({
  /** Project id, used in URLs (`#/projects/ecrl`). */
  id: Id,
  /** Name of the project. */
  name: Text,
  /** What the project is, in the curator's own words. */
  summary: Text,
  /** Id of the parent project for a sub-project. */
  parent: z.optional(Id),
  /** Ids of the project's sectors (from sectors.json). */
  sectors: z.array(Id).check(z.minLength(1)),
  /** Current status. */
  status: ProjectStatus,
  /** Explains the status where a single word cannot, e.g. "partly built". */
  statusNote: z.optional(Text),
  /** Companies and governments involved, with their country. */
  partners: z.array(Party),
  /** Where the project is; several places for lines and networks. */
  places: z.array(Place),
  /** Value of the project with alternatives where sources disagree. */
  value: z.optional(Value),
  /** When the project started (first agreement, launch or groundbreaking). */
  start: z.optional(PartialDate),
  /** When it ended or is due to end. */
  end: z.optional(PartialDate),
  /** Dated steps; each must fall within start and end. */
  milestones: z.array(Milestone),
  /** Further details, disagreements and unverified claims. */
  notes: z.array(Note),
  /** Why the record as a whole is unverified; its absence means sourced. */
  unverified: z.optional(Text),
  /** Sources for the project; at least one. */
  sources: z.array(Source).check(z.minLength(1)),
});

/** `projects.json`. */
export const ProjectsFile = z.strictObject({
  $schema: z.optional(z.string()),
  projects: z.array(Project),
});

// ---------------------------------------------------------------------------------------------
// Agreements

/** Kinds of agreement. */
/** Where an agreement stands; "planned" when only the intention to sign is sourced. */
export const AgreementStatus = z.enum(['signed', 'planned', 'in-force', 'lapsed', 'replaced']);

export const AgreementType = z.enum([
  'joint-communique',
  'joint-statement',
  'leaders-agreement',
  'treaty',
  'intergovernmental-agreement',
  'mou',
  'protocol',
  'programme',
  'currency-swap',
  'contract',
  'other',
]);

/** An MoU, protocol, treaty, joint statement, contract or package of them. */
export const Agreement = z.strictObject({
  /** Agreement id, used in URLs (`#/agreements/bri-cooperation-plan-2024`). */
  id: Id,
  /** Date signed or exchanged (precision as the source gives it). */
  date: PartialDate,
  /** Explains a date the sources give loosely, e.g. "signed July, announced 30 Oct". */
  dateNote: z.optional(Text),
  /** Short title. */
  title: Text,
  /** Kind of agreement. */
  type: AgreementType,
  /** The parties that signed or exchanged it. */
  parties: z.array(Party).check(z.minLength(1)),
  /** What it is about, in the curator's own words. */
  subject: Text,
  /** Ids of the sectors it concerns. */
  sectors: z.array(Id),
  /** Ids of the projects it concerns. */
  projects: z.array(Id),
  /** Id of the package this document was part of (e.g. the 14 documents of June 2024). */
  parent: z.optional(Id),
  /** "planned" when only the intention to sign is sourced. */
  status: z.optional(AgreementStatus),
  /** Value where the sources give one. */
  value: z.optional(Value),
  /** Further details, disagreements and unverified claims. */
  notes: z.array(Note),
  /** Why the record as a whole is unverified; its absence means sourced. */
  unverified: z.optional(Text),
  /** Sources; at least one. */
  sources: z.array(Source).check(z.minLength(1)),
});

/** `agreements.json`. */
export const AgreementsFile = z.strictObject({
  $schema: z.optional(z.string()),
  agreements: z.array(Agreement),
});

// ---------------------------------------------------------------------------------------------
// Events

/** Kinds of event. */
export const EventCategory = z.enum([
  'diplomacy',
  'economy',
  'project',
  'security',
  'people',
  'finance',
  'regional',
]);

/** A dated event in the relationship. */
export const Event = z.strictObject({
  /** Event id, used in URLs. */
  id: Id,
  /** When it happened (or began). */
  date: PartialDate,
  /** When it ended, for events over several days. */
  end: z.optional(PartialDate),
  /** Explains a date the sources give loosely. */
  dateNote: z.optional(Text),
  /** Short title. */
  title: Text,
  /** What happened, in the curator's own words. */
  description: Text,
  /** Kind of event. */
  category: EventCategory,
  /** People and bodies taking part. */
  participants: z.array(z.string().check(z.minLength(1))),
  /** Ids of the sectors it concerns. */
  sectors: z.array(Id),
  /** Ids of related projects. */
  projects: z.array(Id),
  /** Ids of related agreements. */
  agreements: z.array(Id),
  /** Further details, disagreements and unverified claims. */
  notes: z.array(Note),
  /** Why the record as a whole is unverified; its absence means sourced. */
  unverified: z.optional(Text),
  /** Sources; at least one. */
  sources: z.array(Source).check(z.minLength(1)),
});

/** `events.json`. */
export const EventsFile = z.strictObject({
  $schema: z.optional(z.string()),
  events: z.array(Event),
});

// ---------------------------------------------------------------------------------------------
// Trade and other indicators

/** One year's figure in a trade series. */
export const TradePoint = z.strictObject({
  /** Calendar year. */
  year: z.int().check(z.gte(1900), z.lte(2100)),
  /** Value in whole currency units of the series. */
  value: z.number().check(z.nonnegative()),
  /** For a partial year: the number of months covered from January (Jan–Sep = 9). */
  months: z.optional(z.int().check(z.gte(1), z.lte(11))),
  /** True when the source gives the figure loosely ("almost", "about"). */
  approximate: z.optional(z.boolean()),
  /** Remarks on the figure, e.g. growth rate or basis doubts. */
  note: z.optional(Text),
  /** True when sources disagree on this figure; the note says how. */
  conflict: z.optional(z.boolean()),
  /** Sources of the figure. */
  sources: z.array(Source).check(z.minLength(1)),
});

/**
 * A series of yearly trade figures on one basis. Different bases (who reports, in which currency)
 * are separate series and are never added up or drawn on one axis.
 */
export const TradeSeries = z.strictObject({
  /** Series id. */
  id: Id,
  /** What the series measures, e.g. "Total trade, Malaysian official data". */
  title: Text,
  /** Who reports the figures: a country code of the pack, or "other" for mixed or unstated bases. */
  reporter: z.union([CountryCode, z.literal('other')]),
  /** What is measured. */
  measure: z.enum(['total', 'exports', 'imports']),
  /** For exports and imports: the exporting country's code. */
  from: z.optional(CountryCode),
  /** For exports and imports: the importing country's code. */
  to: z.optional(CountryCode),
  /** Currency of every value in the series. */
  currency: Currency,
  /** How the figures were compiled and what they leave out. */
  basisNote: z.optional(Text),
  /** Yearly figures; years with no figure are gaps, never zeros. */
  points: z.array(TradePoint),
});

/** A sourced figure or statement about trade or investment that is not a yearly series point. */
export const Indicator = z.strictObject({
  /** Indicator id. */
  id: Id,
  /** Group it belongs to. */
  topic: z.enum(['trade', 'investment', 'composition', 'finance']),
  /** Period the statement refers to, where it has one. */
  date: z.optional(PartialDate),
  /** The statement, in the curator's own words, with its figures as sourced. */
  text: Text,
  /** True when sources disagree; the text says how. */
  conflict: z.optional(z.boolean()),
  /** Sources. */
  sources: z.array(Source).check(z.minLength(1)),
});

/** `trade.json`. */
export const TradeFile = z.strictObject({
  $schema: z.optional(z.string()),
  /** Yearly series, one per basis and measure. */
  series: z.array(TradeSeries),
  /** Investment lines, composition notes, ranks and shares. */
  indicators: z.array(Indicator),
});

// ---------------------------------------------------------------------------------------------
// Presenter decks

/** Text of a deck, at most `max` characters in each language: decks also come from strangers. */
function deckText(max: number) {
  const line = z.string().check(z.minLength(1), z.maxLength(max));
  return z.union([
    line,
    z.record(LanguageTag, line).check(z.refine((value) => typeof value.en === 'string', 'text-en')),
  ]);
}

/** A slide: a view of the app with its query string. */
export const Slide = z.strictObject({
  /** Route of the view, e.g. "/overview", "/projects", "/projects/ecrl". */
  view: z.string().check(z.maxLength(DECK_LIMITS.viewChars), z.regex(/^\/[a-z0-9/-]*$/, 'view')),
  /** Query string without "?", e.g. "sector=automotive&status=operational". */
  query: z.optional(z.string().check(z.maxLength(DECK_LIMITS.queryChars))),
  /** Slide title shown to the audience. */
  title: deckText(DECK_LIMITS.titleChars),
  /** Speaker notes, shown only in the speaker window. */
  notes: z.optional(deckText(DECK_LIMITS.notesChars)),
});

/** A presenter deck: an ordered list of slides. */
export const Deck = z.strictObject({
  /** Deck id, used in `#/present/<deck>/<n>`. */
  id: Id,
  /** Deck title. */
  title: deckText(DECK_LIMITS.titleChars),
  /** What the deck is for. */
  description: z.optional(deckText(DECK_LIMITS.descriptionChars)),
  /** Slides in order. */
  slides: z.array(Slide).check(z.minLength(1), z.maxLength(DECK_LIMITS.slides)),
});

/** `decks.json`. */
export const DecksFile = z.strictObject({
  $schema: z.optional(z.string()),
  decks: z.array(Deck),
});

// ---------------------------------------------------------------------------------------------
// Derived types

export type TextValue = z.infer<typeof Text>;
export type SourceRecord = z.infer<typeof Source>;
export type MoneyRecord = z.infer<typeof Money>;
export type ValueRecord = z.infer<typeof Value>;
export type NoteRecord = z.infer<typeof Note>;
export type PartyRecord = z.infer<typeof Party>;
export type PackMetaRecord = z.infer<typeof PackMeta>;
export type ManifestRecord = z.infer<typeof Manifest>;
export type SectorRecord = z.infer<typeof Sector>;
export type ProjectRecord = z.infer<typeof Project>;
export type ProjectStatusId = z.infer<typeof ProjectStatus>;
export type PlaceRecord = z.infer<typeof Place>;
export type MilestoneRecord = z.infer<typeof Milestone>;
export type AgreementRecord = z.infer<typeof Agreement>;
export type AgreementTypeId = z.infer<typeof AgreementType>;
export type AgreementStatusId = z.infer<typeof AgreementStatus>;
export type EventRecord = z.infer<typeof Event>;
export type EventCategoryId = z.infer<typeof EventCategory>;
export type TradeSeriesRecord = z.infer<typeof TradeSeries>;
export type TradePointRecord = z.infer<typeof TradePoint>;
export type IndicatorRecord = z.infer<typeof Indicator>;
export type TradeFileRecord = z.infer<typeof TradeFile>;
export type DeckRecord = z.infer<typeof Deck>;
export type SlideRecord = z.infer<typeof Slide>;

/** The files of a pack, by name, with the schema each must satisfy. Curators learn these names once. */
export const PACK_FILES = {
  'pack.json': PackMeta,
  'sectors.json': SectorsFile,
  'projects.json': ProjectsFile,
  'agreements.json': AgreementsFile,
  'events.json': EventsFile,
  'trade.json': TradeFile,
  'decks.json': DecksFile,
} as const satisfies Record<FileNameInRegistry, z.ZodMiniType>;

export type PackFileName = keyof typeof PACK_FILES;
export type PackFileData<F extends PackFileName> = z.infer<(typeof PACK_FILES)[F]>;
