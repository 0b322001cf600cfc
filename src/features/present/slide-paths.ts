import { linkTo } from '@/app/global-params';
import type { SlideRecord } from '@/data/schema';
import { trimEndChar } from '@/lib/trim-char';
import { PRESENTATION_PARAM } from './presenter-sync';
import { slideQuery } from './slide-query';

/** Presenter URLs: `/present/<deck>/<n>/<view path>?<slide query>`; the view is a child route. */
function presentPath(deckRef: string, n: number): string {
  return `/present/${deckRef}/${n}`;
}

/** The view path of a slide; "/" would be the index route again, so it means the overview. */
function slideView(slide: SlideRecord): string {
  return slide.view === '/' ? '/overview' : trimEndChar(slide.view, '/');
}

/** Slide n with its own query, keeping the reader's pack, language and theme. */
export function slideHref(deckRef: string, n: number, slide: SlideRecord, search: string): string {
  return linkTo(`${presentPath(deckRef, n)}${slideView(slide)}`, search, ownQuery(slide));
}

/** The normal dashboard view of a slide, as the deck defines it. */
export function slideDashboardHref(slide: SlideRecord, search: string): string {
  return linkTo(slideView(slide), search, ownQuery(slide));
}

/** The slide's filters without settings, however the deck was made (see slide-query.ts). */
function ownQuery(slide: SlideRecord): string {
  return slideQuery(slide.query ?? '');
}

/** `/present/briefing/3/projects/ecrl` → `/projects/ecrl`: the live view under the prefix. */
export function viewPathOf(pathname: string): string {
  return `/${pathname.split('/').slice(4).join('/')}`;
}

/** The speaker window of a slide, on the channel of one presentation (see presenter-sync.ts). */
export function speakerHref(
  deckRef: string,
  n: number,
  search: string,
  presentation: string,
): string {
  return linkTo(`/speaker/${deckRef}/${n}`, search, `${PRESENTATION_PARAM}=${presentation}`);
}
