/**
 * The views of the navigation, in order. Paths are hash routes; each label is the text
 * `app.nav.<id>`, translated where the navigation is drawn.
 */
export const NAV_VIEWS = [
  { path: '/overview', id: 'overview' },
  { path: '/projects', id: 'projects' },
  { path: '/agreements', id: 'agreements' },
  { path: '/timeline', id: 'timeline' },
  { path: '/sectors', id: 'sectors' },
  { path: '/trade', id: 'trade' },
  { path: '/map', id: 'map' },
  { path: '/present', id: 'present' },
] as const;
