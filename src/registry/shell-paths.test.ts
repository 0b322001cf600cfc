import { describe, expect, it } from 'vitest';
import { presentPath, speakerPath, splitShellPath } from './shell-paths';

describe('shell paths', () => {
  it('splits a presenter path into deck, slide and the view below it', () => {
    expect(splitShellPath('/present/briefing/3/projects/ecrl')).toEqual({
      shell: 'present',
      deck: 'briefing',
      slide: '3',
      view: '/projects/ecrl',
    });
    expect(splitShellPath('/present/briefing/3').view).toBe('/');
    expect(splitShellPath(speakerPath('shared:abc', 2))).toMatchObject({
      shell: 'speaker',
      deck: 'shared:abc',
      slide: '2',
    });
  });

  it('takes the view out of an embed path, and leaves dashboard paths as they are', () => {
    expect(splitShellPath('/embed/map')).toEqual({ shell: 'embed', view: '/map' });
    expect(splitShellPath('/embed')).toEqual({ shell: 'embed', view: '/' });
    expect(splitShellPath('/present')).toEqual({ view: '/present' });
    expect(splitShellPath('/embedded/x')).toEqual({ view: '/embedded/x' });
  });

  it('writes the presenter prefix of a slide', () => {
    expect(presentPath('briefing', 4)).toBe('/present/briefing/4');
  });
});
