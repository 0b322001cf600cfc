import type { FilterSpec } from '@/filters/url-state';

/**
 * The map's own URL state beside the Projects filters: the selected project
 * (`#/map?sector=automotive&project=proton-ev-plant`), so that a selection is a link.
 */
export const MAP_SELECTION = {
  project: { kind: 'text' },
} as const satisfies FilterSpec;
