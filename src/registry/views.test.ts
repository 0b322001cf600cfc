import { describe, expect, it } from 'vitest';
import { PACK_FILE_NAMES } from './pack-files';
import { NAV_VIEWS, slidePaths, VIEW_TEXT_AREAS, VIEWS, viewAt } from './views';

describe('the view registry', () => {
  it('finds the view and record id a path opens', () => {
    expect(viewAt('/projects')?.view.id).toBe('projects');
    expect(viewAt('/projects/ecrl')).toMatchObject({ view: { id: 'project' }, id: 'ecrl' });
    expect(viewAt('/sectors/automotive')).toMatchObject({ view: { record: 'sector' } });
    expect(viewAt('/present')?.view).toMatchObject({ slide: false, embed: false });
  });

  it('finds nothing for paths no view has', () => {
    for (const path of ['', '/', 'projects', '/projects/', '/projects/a/b', '/nope', '/trade/x'])
      expect(viewAt(path), path).toBeNull();
  });

  it('lists the views a slide can show as deck authors write them', () => {
    expect(slidePaths()).toEqual([
      '/overview',
      '/projects',
      '/projects/<id>',
      '/agreements',
      '/agreements/<id>',
      '/timeline',
      '/sectors',
      '/sectors/<id>',
      '/trade',
      '/map',
    ]);
  });

  it('has one entry per id and per path, each reading only pack files', () => {
    expect(new Set(VIEWS.map((v) => v.id)).size).toBe(VIEWS.length);
    expect(new Set(VIEWS.map((v) => v.path)).size).toBe(VIEWS.length);
    for (const view of VIEWS)
      for (const file of view.files) expect(PACK_FILE_NAMES).toContain(file);
  });

  it('navigates in the order of the registry, and loads each text area once', () => {
    expect(NAV_VIEWS.map((v) => v.id)).toEqual([
      'overview',
      'projects',
      'agreements',
      'timeline',
      'sectors',
      'trade',
      'map',
      'present',
    ]);
    expect(VIEW_TEXT_AREAS).toEqual([
      'overview',
      'projects',
      'agreements',
      'timeline',
      'sectors',
      'trade',
      'map',
      'present',
    ]);
  });
});
