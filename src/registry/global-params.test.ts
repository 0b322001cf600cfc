import { describe, expect, it } from 'vitest';
import { globalQuery, linkTo } from './global-params';

describe('global URL settings', () => {
  it('keeps pack, language and theme across views and drops view filters', () => {
    expect(globalQuery('?pack=malaysia-china&sector=automotive&lang=ms&theme=dark')).toBe(
      '?pack=malaysia-china&lang=ms&theme=dark',
    );
    expect(linkTo('/timeline', '?sector=automotive&theme=dark')).toBe('/timeline?theme=dark');
    expect(linkTo('/projects', '?lang=zh', 'sector=automotive')).toBe(
      '/projects?lang=zh&sector=automotive',
    );
    expect(linkTo('/overview', '')).toBe('/overview');
    expect(linkTo('/projects', '', 'sector=automotive,digital')).toBe(
      '/projects?sector=automotive,digital',
    );
  });
});
