import type { QueryClient } from '@tanstack/react-query';
import { createHashRouter, type RouteObject } from 'react-router-dom';
import { EMBED_ROUTE, PRESENT_ROUTE, SPEAKER_ROUTE } from '@/registry/shell-paths';
import { DashboardShell } from './dashboard-shell';
import { embedShell, presenterShell, SlideStart, speakerShell } from './lazy-shells';
import { RouteError } from './route-error';
import { viewRoutes } from './view-routes';

/**
 * Three shells around the same views: dashboard, embed (no chrome) and presenter. Each view's
 * route starts its code and data together (see view-routes.tsx), through this query client.
 */
export function appRoutes(client: QueryClient): RouteObject[] {
  return [
    {
      // Nested: the slide's view is a child route, so its filter changes keep the presenter prefix.
      path: PRESENT_ROUTE,
      element: presenterShell,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <SlideStart /> },
        ...viewRoutes(client, 'slide').filter((route) => !route.index),
      ],
    },
    { path: SPEAKER_ROUTE, element: speakerShell, errorElement: <RouteError /> },
    {
      path: EMBED_ROUTE,
      element: embedShell,
      errorElement: <RouteError />,
      children: viewRoutes(client, 'embed'),
    },
    {
      path: '/',
      element: <DashboardShell />,
      errorElement: <RouteError />,
      children: viewRoutes(client),
    },
  ];
}

/**
 * Hash routes: the built app works from any folder of a plain static server, deep links and
 * reloads included, without rewrite rules.
 */
export function createAppRouter(client: QueryClient) {
  return createHashRouter(appRoutes(client));
}
