import { lazy, type ComponentType } from 'react';
import { loadViewTexts } from './i18n';
import type { ViewNamespace } from './namespaces';

/**
 * A component shown outside the view whose route loads its texts (a tool beside every view, the
 * presenter's bar): it suspends until its area's texts are loaded rather than show text ids, and
 * renders with what is at hand (English) if they cannot be loaded.
 */
export function afterTexts<P extends object>(ns: ViewNamespace, component: ComponentType<P>) {
  return lazy(() =>
    loadViewTexts(ns)
      .catch(() => undefined)
      .then(() => ({ default: component })),
  );
}
