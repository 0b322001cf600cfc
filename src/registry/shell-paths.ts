/**
 * The paths of the shells that show a view without the dashboard's chrome, written and read in
 * one place: `/present/<deck>/<n>/<view…>` (a slide, with its view as a child route),
 * `/speaker/<deck>/<n>` (the speaker's window) and `/embed/<view…>` (an iframe).
 */
type Shell = 'present' | 'speaker' | 'embed';

/** Route patterns for the router. */
export const PRESENT_ROUTE = '/present/:deckId/:slide';
export const SPEAKER_ROUTE = '/speaker/:deckId/:slide';
export const EMBED_ROUTE = '/embed';

export interface ShellPath {
  /** The shell, or undefined for the dashboard. */
  shell?: Shell;
  /** The deck and slide of a presenter or speaker path. */
  deck?: string;
  slide?: string;
  /** The view's own path below the shell (`/projects/ecrl`); `/` when the shell names none. */
  view: string;
}

/** A hash-route path split into its shell and the view it shows. */
export function splitShellPath(pathname: string): ShellPath {
  const parts = pathname.split('/');
  const first = parts[1];
  const rest = (from: number) => `/${parts.slice(from).join('/')}`;
  if (first === 'embed') return { shell: 'embed', view: rest(2) };
  if ((first === 'present' || first === 'speaker') && parts.length >= 4)
    return { shell: first, deck: parts[2], slide: parts[3], view: rest(4) };
  return { view: pathname };
}

/** Slide n of a deck in the presenter, before its view's path. */
export function presentPath(deckRef: string, n: number): string {
  return `/present/${deckRef}/${n}`;
}

export function speakerPath(deckRef: string, n: number): string {
  return `/speaker/${deckRef}/${n}`;
}
