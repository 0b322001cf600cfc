import { VIEW_TEXT_AREAS } from '@/registry/views';

/**
 * The texts are split by area of the app, one JSON file per namespace and language, so that
 * areas are translated apart and a view's texts load with the view.
 */

/** The shell's texts (header, pickers, errors, shared components, enum labels): always needed. */
export const SHELL_NAMESPACES = ['app', 'ui', 'labels', 'data', 'filters'] as const;

/**
 * Texts loaded with their code: each view's area, from the view registry, and the Embed dialog's
 * (a tool of every view, not a view of its own).
 */
export const VIEW_NAMESPACES = [...VIEW_TEXT_AREAS, 'embed'] as const;

export type ViewNamespace = (typeof VIEW_NAMESPACES)[number];
export type Namespace = (typeof SHELL_NAMESPACES)[number] | ViewNamespace;
