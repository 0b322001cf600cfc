/**
 * The one list of Jambatan's views. Everything that needs to know the views derives from it: the
 * routes (app/view-routes.tsx), the navigation, the loaders that start a view's files at once,
 * the deck checks of the app and of data:check, slide captions, presenter and embed paths, the
 * text areas loaded with each view, and the lint zones. Adding a view is one entry here plus its
 * components; nothing else lists views.
 *
 * Plain data, no React: the data layer and the command-line tools read it too.
 */
import {
  AGREEMENT_FILTER_SPEC,
  CHART_TABLES_SPEC,
  MAP_FILTER_SPEC,
  PROJECT_FILTER_SPEC,
  TIMELINE_FILTER_SPEC,
  type FilterSpec,
} from './filter-specs';
import { PACK_FILE_NAMES, type PackFileName } from './pack-files';

/** A record kind a record page opens by id, and the file its ids come from. */
export const RECORD_KINDS = {
  project: 'projects.json',
  agreement: 'agreements.json',
  sector: 'sectors.json',
} as const satisfies Record<string, PackFileName>;
export type RecordKind = keyof typeof RECORD_KINDS;

export interface ViewEntry {
  /** The view's name in code, in route ids and in `data-view` attributes. */
  readonly id: string;
  /** Its route below a shell: `projects` or `projects/:id` (a record page). */
  readonly path: string;
  /** For a record page, the kind of record its `:id` names. */
  readonly record?: RecordKind;
  /** The text area (src/i18n/locales/<lang>/<area>.json) loaded with the view's code. */
  readonly texts: string;
  /** Pack files the view reads: its route starts them all at once, after the manifest. */
  readonly files: readonly PackFileName[];
  /** The URL parameters it reads as filters, if it has any. */
  readonly filters?: FilterSpec;
  /** In the main navigation, in this order, named by the text `app.nav.<id>`. */
  readonly nav?: true;
  /** Whether a slide or an embed can show it. */
  readonly slide: boolean;
  readonly embed: boolean;
}

/** The Overview sums up everything but the decks. */
const ALL_BUT_DECKS = PACK_FILE_NAMES.filter((file) => file !== 'decks.json');
const SHOWN = { slide: true, embed: true } as const;

export const VIEWS = [
  {
    id: 'overview',
    path: 'overview',
    texts: 'overview',
    files: ALL_BUT_DECKS,
    filters: CHART_TABLES_SPEC,
    nav: true,
    ...SHOWN,
  },
  {
    id: 'projects',
    path: 'projects',
    texts: 'projects',
    files: ['pack.json', 'sectors.json', 'projects.json'],
    filters: PROJECT_FILTER_SPEC,
    nav: true,
    ...SHOWN,
  },
  {
    id: 'project',
    path: 'projects/:projectId',
    record: 'project',
    texts: 'projects',
    files: ['pack.json', 'sectors.json', 'projects.json', 'agreements.json', 'events.json'],
    // The list's filters: a project page steps through the reader's selection.
    filters: PROJECT_FILTER_SPEC,
    ...SHOWN,
  },
  {
    id: 'agreements',
    path: 'agreements',
    texts: 'agreements',
    files: ['pack.json', 'sectors.json', 'agreements.json'],
    filters: AGREEMENT_FILTER_SPEC,
    nav: true,
    ...SHOWN,
  },
  {
    id: 'agreement',
    path: 'agreements/:agreementId',
    record: 'agreement',
    texts: 'agreements',
    files: ['pack.json', 'sectors.json', 'projects.json', 'agreements.json', 'events.json'],
    filters: AGREEMENT_FILTER_SPEC,
    ...SHOWN,
  },
  {
    id: 'timeline',
    path: 'timeline',
    texts: 'timeline',
    files: ['pack.json', 'sectors.json', 'projects.json', 'agreements.json', 'events.json'],
    filters: TIMELINE_FILTER_SPEC,
    nav: true,
    ...SHOWN,
  },
  {
    id: 'sectors',
    path: 'sectors',
    texts: 'sectors',
    files: ['pack.json', 'sectors.json', 'projects.json'],
    filters: CHART_TABLES_SPEC,
    nav: true,
    ...SHOWN,
  },
  {
    id: 'sector',
    path: 'sectors/:sectorId',
    record: 'sector',
    texts: 'sectors',
    files: ['pack.json', 'sectors.json', 'projects.json', 'agreements.json'],
    filters: CHART_TABLES_SPEC,
    ...SHOWN,
  },
  {
    id: 'trade',
    path: 'trade',
    texts: 'trade',
    files: ['pack.json', 'trade.json'],
    filters: CHART_TABLES_SPEC,
    nav: true,
    ...SHOWN,
  },
  {
    id: 'map',
    path: 'map',
    texts: 'map',
    files: ['pack.json', 'sectors.json', 'projects.json'],
    filters: MAP_FILTER_SPEC,
    nav: true,
    ...SHOWN,
  },
  // Pages of the dashboard that are not views of the pack: no slide or embed is made of them.
  {
    id: 'present',
    path: 'present',
    texts: 'present',
    files: ['pack.json', 'sectors.json', 'decks.json'],
    nav: true,
    slide: false,
    embed: false,
  },
  {
    id: 'shared-deck',
    path: 'shared-deck/:payload',
    texts: 'present',
    files: ['pack.json', 'sectors.json'],
    slide: false,
    embed: false,
  },
] as const satisfies readonly ViewEntry[];

export type ViewId = (typeof VIEWS)[number]['id'];

/**
 * The view and record id a path opens (`/projects/ecrl` → project "ecrl"), or null when no view
 * has that path. Paths are written as a deck's author writes them: a leading slash, no trailing one.
 */
export function viewAt(path: string): { view: ViewEntry; id?: string } | null {
  if (!path.startsWith('/')) return null;
  const parts = path.slice(1).split('/');
  for (const view of VIEWS as readonly ViewEntry[]) {
    const pattern = view.path.split('/');
    if (pattern.length !== parts.length) continue;
    let id: string | undefined;
    const fits = pattern.every((segment, i) => {
      if (!segment.startsWith(':')) return segment === parts[i];
      id = parts[i];
      return id !== '';
    });
    if (fits) return id === undefined ? { view } : { view, id };
  }
  return null;
}

/** The views a slide can show, written as a deck's author writes them, for messages. */
export function slidePaths(): string[] {
  return (VIEWS as readonly ViewEntry[])
    .filter((view) => view.slide)
    .map((view) => `/${view.path.replace(/:\w+$/, '<id>')}`);
}

/** The views of the main navigation, in order. */
export const NAV_VIEWS: readonly ViewEntry[] = (VIEWS as readonly ViewEntry[]).filter(
  (view) => view.nav,
);

/** The text areas of the views, each once, in the registry's order. */
export const VIEW_TEXT_AREAS = [...new Set(VIEWS.map((view) => view.texts))];
