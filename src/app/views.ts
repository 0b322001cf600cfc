/** The views of the navigation, in order. Paths are hash routes. */
export const NAV_VIEWS = [
  { path: '/overview', label: 'Overview' },
  { path: '/projects', label: 'Projects' },
  { path: '/agreements', label: 'Agreements' },
  { path: '/timeline', label: 'Timeline' },
  { path: '/sectors', label: 'Sectors' },
  { path: '/trade', label: 'Trade' },
  { path: '/map', label: 'Map' },
  { path: '/present', label: 'Present' },
] as const;
