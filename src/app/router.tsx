import { createHashRouter, type RouteObject } from 'react-router-dom';
import { DashboardShell } from './dashboard-shell';
import { embedShell, presenterRoutes, presenterShell, speakerShell } from './lazy-shells';
import { RouteError } from './route-error';
import { DecksView, SharedDeckView, viewRoutes } from './view-routes';

/** Three shells around the same views: dashboard, embed (no chrome) and presenter. */
export const appRoutes: RouteObject[] = [
  {
    // Nested: the slide's view is a child route, so its filter changes keep the presenter prefix.
    path: '/present/:deckId/:slide',
    element: presenterShell,
    errorElement: <RouteError />,
    children: presenterRoutes,
  },
  { path: '/speaker/:deckId/:slide', element: speakerShell, errorElement: <RouteError /> },
  { path: '/embed', element: embedShell, errorElement: <RouteError />, children: viewRoutes },
  {
    path: '/',
    element: <DashboardShell />,
    errorElement: <RouteError />,
    children: [
      { path: 'present', element: <DecksView /> },
      { path: 'shared-deck/:payload', element: <SharedDeckView /> },
      ...viewRoutes,
    ],
  },
];

/**
 * Hash routes: the built app works from any folder of a plain static server, deep links and
 * reloads included, without rewrite rules.
 */
export function createAppRouter() {
  return createHashRouter(appRoutes);
}
