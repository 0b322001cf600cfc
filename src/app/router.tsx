import { createHashRouter, type RouteObject } from 'react-router-dom';
import { DashboardShell } from './dashboard-shell';
import { EmbedShell } from './embed-shell';
import { PresenterShell } from './presenter-shell';
import { RouteError } from './route-error';
import { DecksView, viewRoutes } from './view-routes';

/** Three shells around the same views: dashboard, embed (no chrome) and presenter. */
export const appRoutes: RouteObject[] = [
  { path: '/present/:deckId/:slide', element: <PresenterShell />, errorElement: <RouteError /> },
  { path: '/embed', element: <EmbedShell />, errorElement: <RouteError />, children: viewRoutes },
  {
    path: '/',
    element: <DashboardShell />,
    errorElement: <RouteError />,
    children: [{ path: 'present', element: <DecksView /> }, ...viewRoutes],
  },
];

/**
 * Hash routes: the built app works from any folder of a plain static server, deep links and
 * reloads included, without rewrite rules.
 */
export function createAppRouter() {
  return createHashRouter(appRoutes);
}
