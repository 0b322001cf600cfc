import { VIEW_TEXT_AREAS } from '@/registry/views';

/**
 * The texts are split by area of the app, one JSON file per namespace and language, so that
 * areas are translated apart and a view's texts load with the view.
 */

/** The shell's texts (header, pickers, errors, shared components): always needed. */
export const SHELL_NAMESPACES = ['app', 'ui', 'data'] as const;

/**
 * Texts of shared parts that views show but the shell does not: the filter kit's (controls, and
 * the words that describe filters in summaries and slide captions), the charts', the records'
 * enum labels (statuses, agreement types, event categories) and the other shared parts' (record
 * badges, sources and notes, value tables, export buttons, the slide frame). They load with every
 * view and with the presenter's bar, not in the first download, which is held to its size budget.
 */
export const EVERY_VIEW_TEXTS = ['filters', 'chart', 'labels', 'shared'] as const;

/**
 * Texts loaded with their code: each view's area, from the view registry, the Embed dialog's
 * (a tool of every view, not a view of its own) and those of every view.
 */
export const VIEW_NAMESPACES = [...VIEW_TEXT_AREAS, 'embed', ...EVERY_VIEW_TEXTS] as const;

export type ViewNamespace = (typeof VIEW_NAMESPACES)[number];
export type Namespace = (typeof SHELL_NAMESPACES)[number] | ViewNamespace;
