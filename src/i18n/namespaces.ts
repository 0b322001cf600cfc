/**
 * The texts are split by area of the app, one JSON file per namespace and language, so that
 * areas are translated apart and a view's texts load with the view.
 */

/** The shell's texts (header, pickers, errors, shared components, enum labels): always needed. */
export const SHELL_NAMESPACES = ['app', 'ui', 'labels', 'data', 'filters'] as const;

/** Each view area's texts, loaded with its code. */
export const VIEW_NAMESPACES = [
  'overview',
  'projects',
  'agreements',
  'timeline',
  'sectors',
  'trade',
  'map',
  'present',
  'embed',
] as const;

export type ViewNamespace = (typeof VIEW_NAMESPACES)[number];
export type Namespace = (typeof SHELL_NAMESPACES)[number] | ViewNamespace;
