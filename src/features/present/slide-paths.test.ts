import { describe, expect, it } from 'vitest';
import { slideDashboardHref, slideHref, speakerHref, viewPathOf } from './slide-paths';

describe('presenter paths', () => {
  const slide = { view: '/projects', query: 'sector=automotive', title: 'Cars' };

  it('puts the slide view under the presenter prefix with its query and the global settings', () => {
    expect(slideHref('briefing', 6, slide, '?pack=malaysia-china&status=operational')).toBe(
      '/present/briefing/6/projects?pack=malaysia-china&sector=automotive',
    );
    expect(slideHref('mine:my-deck', 1, { view: '/', title: 'Home' }, '')).toBe(
      '/present/mine:my-deck/1/overview',
    );
    expect(slideDashboardHref(slide, '?theme=dark')).toBe('/projects?theme=dark&sector=automotive');
    expect(speakerHref('briefing', 2, '?lang=ms&q=x', 'abc123def4')).toBe(
      '/speaker/briefing/2?lang=ms&presentation=abc123def4',
    );
  });

  it('reads the live view back from a presenter path', () => {
    expect(viewPathOf('/present/briefing/3/projects/ecrl')).toBe('/projects/ecrl');
    expect(viewPathOf('/present/shared:abc/1/timeline')).toBe('/timeline');
    expect(viewPathOf('/present/briefing/3')).toBe('/');
  });
});

describe('slides from strangers', () => {
  it("never switch the reader's pack, language or theme, nor hide parts of the view", () => {
    const hostile = {
      view: '/trade',
      query: 'pack=other&lang=zh&theme=dark&hide=header&basis=x',
      title: 'T',
    };
    expect(slideHref('shared:abc', 1, hostile, '?pack=malaysia-china&lang=ms')).toBe(
      '/present/shared:abc/1/trade?pack=malaysia-china&lang=ms&basis=x',
    );
    expect(slideDashboardHref(hostile, '')).toBe('/trade?basis=x');
  });

  it('trims the trailing slashes of a long view in linear time', () => {
    const view = `/${'/'.repeat(100_000)}x`;
    const started = performance.now();
    expect(slideDashboardHref({ view: `${view}///`, title: 'T' }, '')).toBe(view);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
