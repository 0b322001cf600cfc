/**
 * The vocabulary of the broken-pack corpus (see broken-corpus.ts): what a case is, what the app
 * must do with it, and the small edits the cases are made of.
 */
import type { PackFileName } from '../../src/data/schema';

/** The pack's id and folder in every case, so that labels read `minimal/projects.json`. */
export const PACK_ID = 'minimal';
/** Files of a case by path inside its folder; null means deleted. */
export type CaseFiles = Map<string, Uint8Array | null>;
export type CaseFile = 'packs.json' | PackFileName;

/** What the app does with the case (checked in Chromium by tests/e2e/robust-broken-packs.spec.ts). */
type AppExpectation =
  /** `view` shows the error panel for the broken file; `spare`, which does not need it, works. */
  | { kind: 'panel'; view: string; spare?: string }
  /** The file loads; `view` shows what it can and names what is missing with `text`. */
  | { kind: 'shows-missing'; view: string; text: string }
  /** The default pack works; opening the listed pack that is not there shows the panel. */
  | { kind: 'other-pack'; view: string; pack: string };

export interface BrokenCase {
  name: string;
  /** The defect, in one line. */
  what: string;
  /** The file the defect is in. */
  file: CaseFile;
  app: AppExpectation;
  /**
   * Built at test time and never committed (a 10 MB file does not belong in the repository);
   * its expected lines are here instead of in an expected.txt.
   */
  generated?: { expected: string[] };
  /**
   * When the app must word a problem differently from data:check (it cannot list a folder, it
   * gets a 404), the app's lines; otherwise the app shows data:check's lines for `file`.
   */
  appLines?: string[];
  make: (files: CaseFiles) => void;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
export const at = (file: CaseFile) => (file === 'packs.json' ? file : `${PACK_ID}/${file}`);

export function text(files: CaseFiles, file: CaseFile): string {
  const bytes = files.get(at(file));
  if (!bytes) throw new Error(`no ${file} in the case`);
  return decode(bytes);
}

export function setText(files: CaseFiles, file: CaseFile, value: string): void {
  files.set(at(file), utf8(value));
}

/** Parses, changes and writes back one file (pretty-printed: the defect is easy to spot). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cases poke at arbitrary JSON
export function edit(files: CaseFiles, file: CaseFile, change: (json: any) => void): void {
  const json = JSON.parse(text(files, file));
  change(json);
  setText(files, file, `${JSON.stringify(json, null, 2)}\n`);
}

/** `depth` arrays inside each other around a number. */
export function nested(depth: number): unknown {
  let value: unknown = 0;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Where each file's breakage shows, and a view that must keep working meanwhile. */
export const PROJECTS_PANEL = { kind: 'panel', view: '/projects', spare: '/timeline' } as const;
export const AGREEMENTS_PANEL = { kind: 'panel', view: '/agreements', spare: '/projects' } as const;
export const EVENTS_PANEL = { kind: 'panel', view: '/timeline', spare: '/projects' } as const;
export const SECTORS_PANEL = { kind: 'panel', view: '/sectors', spare: '/trade' } as const;
export const TRADE_PANEL = { kind: 'panel', view: '/trade', spare: '/timeline' } as const;
export const DECKS_PANEL = { kind: 'panel', view: '/present', spare: '/projects' } as const;
// Every view shows the pack's title and "as of" from pack.json, so none is spared.
export const META_PANEL = { kind: 'panel', view: '/overview' } as const;
