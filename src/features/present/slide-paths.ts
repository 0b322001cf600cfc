import type { SlideRecord } from '@/data/schema';
import { trimEndChar } from '@/lib/trim-char';
import { linkTo } from '@/registry/global-params';
import { presentPath, speakerPath, splitShellPath } from '@/registry/shell-paths';
import { PRESENTATION_PARAM } from './presenter-sync';
import { slideQuery } from './slide-query';

/** The view path of a slide; "/" would be the index route again, so it means the overview. */
export function slideViewPath(slide: SlideRecord): string {
  return slide.view === '/' ? '/overview' : trimEndChar(slide.view, '/');
}

/** Slide n with its own query, keeping the reader's pack, language and theme. */
export function slideHref(deckRef: string, n: number, slide: SlideRecord, search: string): string {
  return linkTo(`${presentPath(deckRef, n)}${slideViewPath(slide)}`, search, ownQuery(slide));
}

/** The normal dashboard view of a slide, as the deck defines it. */
export function slideDashboardHref(slide: SlideRecord, search: string): string {
  return linkTo(slideViewPath(slide), search, ownQuery(slide));
}

/** The slide's filters without settings, however the deck was made (see slide-query.ts). */
function ownQuery(slide: SlideRecord): string {
  return slideQuery(slide.query ?? '');
}

/** `/present/briefing/3/projects/ecrl` → `/projects/ecrl`: the live view under the prefix. */
export function viewPathOf(pathname: string): string {
  return splitShellPath(pathname).view;
}

/** The speaker window of a slide, on the channel of one presentation (see presenter-sync.ts). */
export function speakerHref(
  deckRef: string,
  n: number,
  search: string,
  presentation: string,
): string {
  return linkTo(speakerPath(deckRef, n), search, `${PRESENTATION_PARAM}=${presentation}`);
}
