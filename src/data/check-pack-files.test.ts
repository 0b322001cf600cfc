// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { minimalPackBytes } from '../../tests/fixtures/minimal-pack';
import { checkPackFromBytes } from './check-pack-files';
import { formatProblem } from './problems';

const utf8 = (text: string) => new TextEncoder().encode(text);
const label = (file: string) => `data/minimal/${file}`;

describe('checkPackFromBytes', () => {
  it('parses every file of a valid pack', () => {
    const { problems, data } = checkPackFromBytes('minimal', minimalPackBytes(), label);
    expect(problems).toEqual([]);
    expect(Object.keys(data).sort()).toEqual([
      'agreements',
      'decks',
      'events',
      'meta',
      'projects',
      'sectors',
      'trade',
    ]);
    expect(data.projects?.projects.map((p) => p.id)).toEqual(['rail-link', 'rail-link-north']);
  });

  it('reports a missing file and checks the others', () => {
    const files = { ...minimalPackBytes(), 'decks.json': null };
    const { problems, data } = checkPackFromBytes('minimal', files, label);
    expect(problems.map(formatProblem)).toEqual([
      'data/minimal/decks.json › $: file is missing (every pack has pack.json, sectors.json, projects.json, agreements.json, events.json, trade.json, decks.json)',
    ]);
    expect(data.decks).toBeUndefined();
    expect(data.projects).toBeDefined();
  });

  it('skips files it was not given', () => {
    const { 'pack.json': meta } = minimalPackBytes();
    expect(checkPackFromBytes('minimal', { 'pack.json': meta }, label).problems).toEqual([]);
  });

  it('keeps cross-checking the files that parsed when one is broken', () => {
    const files = minimalPackBytes();
    const projects = JSON.parse(new TextDecoder().decode(files['projects.json']));
    projects.projects.push({ ...projects.projects[0], sectors: ['nowhere'] });
    files['projects.json'] = utf8(JSON.stringify(projects));
    files['sectors.json'] = files['sectors.json'].subarray(0, 40);
    const lines = checkPackFromBytes('minimal', files, label).problems.map(formatProblem);
    expect(lines).toEqual([
      'data/minimal/sectors.json › $: not valid JSON: unexpected end of input at line 2, column 39 (a complete JSON document; the file may be cut off)',
      // The unknown sector "nowhere" is not reported: sectors.json could not be read.
      'data/minimal/projects.json › $.projects[2].id: duplicate project id "rail-link", also used by $.projects[0] (an id used once in projects.json)',
    ]);
  });

  it('reports schema problems with the given label', () => {
    const files = { ...minimalPackBytes(), 'pack.json': utf8('{"id": "minimal"}') };
    const lines = checkPackFromBytes('minimal', files, label).problems.map(formatProblem);
    expect(lines[0]).toBe(
      'data/minimal/pack.json › $.title: missing required field "title" (a non-empty string or an object of translations with "en")',
    );
    expect(lines).toHaveLength(7);
  });
});
