import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { createQueryClient } from '../../src/app/query-client';
import { appRoutes } from '../../src/app/router';
import { manifestQuery, packFileQuery } from '../../src/data/pack-queries';
import { PACK_FILES, type PackFileName } from '../../src/data/schema';
import { loadPackFromDisk } from './load-pack';

/**
 * Renders the whole app at a URL with the query cache seeded from a pack on disk, so component
 * tests exercise real routes and real data without network mocks.
 */
export function renderApp(
  url: string,
  { packDir = 'data/malaysia-china', skip = [] as PackFileName[] } = {},
) {
  const queryClient = createQueryClient();
  const files = loadPackFromDisk(packDir);
  const packId = files['pack.json'].id;
  queryClient.setQueryData(manifestQuery().queryKey, {
    packs: [{ id: packId, title: 'Test pack' }],
  });
  for (const name of Object.keys(PACK_FILES) as PackFileName[]) {
    if (!skip.includes(name))
      queryClient.setQueryData(packFileQuery(packId, name).queryKey, files[name] as never);
  }
  const router = createMemoryRouter(appRoutes(queryClient), { initialEntries: [url] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient, files };
}
