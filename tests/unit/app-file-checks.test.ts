// @vitest-environment node
/**
 * What the app checks on each file it loads beyond the schema (crossCheckFile): the rules that
 * need no other file, worded as data:check words them; references to other records are not
 * its business (the app shows what it can and says what is missing).
 */
import { describe, expect, it } from 'vitest';
import { minimalPack } from '../fixtures/minimal-pack';
import { crossCheckFile } from '../../src/data/check-pack-files';
import { formatProblem } from '../../src/data/problems';

const lines = (problems: ReturnType<typeof crossCheckFile>) => problems.map(formatProblem);

describe('crossCheckFile', () => {
  it('passes every file of a valid pack', () => {
    const pack = minimalPack();
    expect(crossCheckFile('minimal', 'pack.json', pack.meta, 'm/pack.json')).toEqual([]);
    expect(crossCheckFile('minimal', 'projects.json', pack.projects, 'm/projects.json')).toEqual(
      [],
    );
    expect(crossCheckFile('minimal', 'decks.json', pack.decks, 'm/decks.json')).toEqual([]);
  });

  it('reports duplicate ids, parent loops and dates out of order as data:check does', () => {
    const { projects, events } = minimalPack();
    projects.projects[0]!.parent = 'rail-link-north';
    expect(lines(crossCheckFile('minimal', 'projects.json', projects, 'm/projects.json'))).toEqual([
      'm/projects.json › $.projects[0].parent: parent chain loops: "rail-link" → "rail-link-north" → "rail-link" (a parent that is not the record itself or one of its descendants)',
    ]);
    events.events[1]!.id = events.events[0]!.id;
    events.events[0]!.end = '2016-10-01';
    expect(lines(crossCheckFile('minimal', 'events.json', events, 'm/events.json'))).toEqual([
      'm/events.json › $.events[1].id: duplicate event id "official-visit-2016", also used by $.events[0] (an id used once in events.json)',
      'm/events.json › $.events[0].end: end "2016-10-01" is before date "2016-10-31" of event "official-visit-2016" (an end on or after the date)',
    ]);
  });

  it('checks the pack id against the folder it was loaded from', () => {
    const { meta } = minimalPack();
    expect(lines(crossCheckFile('other', 'pack.json', meta, 'other/pack.json'))).toEqual([
      'other/pack.json › $.id: pack id "minimal" does not match its folder "other" (the name of the folder under data/)',
    ]);
  });

  it('leaves references to other records alone, even within the file', () => {
    const { projects, agreements, decks } = minimalPack();
    projects.projects[1]!.parent = 'ghost';
    projects.projects[1]!.sectors = ['nowhere'];
    agreements.agreements[0]!.projects = ['ghost-line'];
    decks.decks[0]!.slides[2]!.view = '/projects/ghost';
    expect(crossCheckFile('minimal', 'projects.json', projects, 'p')).toEqual([]);
    expect(crossCheckFile('minimal', 'agreements.json', agreements, 'a')).toEqual([]);
    expect(crossCheckFile('minimal', 'decks.json', decks, 'd')).toEqual([]);
  });
});
