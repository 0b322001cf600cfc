import type app from './locales/en/app.json';
import type chart from './locales/en/chart.json';
import type agreements from './locales/en/agreements.json';
import type data from './locales/en/data.json';
import type embed from './locales/en/embed.json';
import type filters from './locales/en/filters.json';
import type labels from './locales/en/labels.json';
import type map from './locales/en/map.json';
import type overview from './locales/en/overview.json';
import type present from './locales/en/present.json';
import type projects from './locales/en/projects.json';
import type sectors from './locales/en/sectors.json';
import type shared from './locales/en/shared.json';
import type timeline from './locales/en/timeline.json';
import type trade from './locales/en/trade.json';
import type ui from './locales/en/ui.json';

/** Every text of a namespace file as a dotted path: `{ a: { b: "…" } }` → "a.b". */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

type English = {
  app: typeof app;
  agreements: typeof agreements;
  chart: typeof chart;
  data: typeof data;
  embed: typeof embed;
  filters: typeof filters;
  labels: typeof labels;
  map: typeof map;
  overview: typeof overview;
  present: typeof present;
  projects: typeof projects;
  sectors: typeof sectors;
  shared: typeof shared;
  timeline: typeof timeline;
  trade: typeof trade;
  ui: typeof ui;
};

/**
 * The id of an interface text, "namespace.path", taken from the English files: using an id that
 * English lacks fails the typecheck (the parity test checks Malay and Chinese against English).
 */
export type MessageId = Paths<English>;

/**
 * Words an interface text in one language: useT's `t`, or `tEnglish` for exported files. Pure
 * transforms take it as an argument, so that their results can be memoised on it.
 */
export type Translate = (id: MessageId, values?: Record<string, unknown>) => string;
