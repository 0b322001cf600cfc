// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SLOW_TEST_TIMEOUT } from '../../tests/support/timeouts';
import { formatProblem } from './problems';
import { validateManifest, validatePackFile } from './validate-file';

describe('validatePackFile', () => {
  it(
    'reports 150,000 broken records as too many problems, listing the first ones',
    () => {
      const projects = Array.from({ length: 150_000 }, (_, i) => ({ id: `p${i}`, status: 'done' }));
      const result = validatePackFile('projects.json', { projects }, 'x/projects.json');
      const lines = result.ok ? [] : result.problems.map(formatProblem);
      // As many lines as the error panel lists, the last one saying why the list stops.
      expect(lines).toHaveLength(8);
      expect(lines[0]).toMatch(/^x\/projects\.json › \$\.projects\[0\]\./);
      expect(lines[7]).toBe(
        'x/projects.json › $: too many problems to check the whole file (fix the first ones, listed above, then check again)',
      );
    },
    SLOW_TEST_TIMEOUT,
  );

  it('returns typed data for a valid file', () => {
    const result = validatePackFile('decks.json', { decks: [] });
    expect(result).toEqual({ ok: true, data: { decks: [] } });
  });

  it('labels problems with the label, defaulting to the file name', () => {
    const bad = { decks: [{ id: 'd', title: 't', slides: [] }] };
    const byName = validatePackFile('decks.json', bad);
    expect(byName.ok ? [] : byName.problems.map(formatProblem)).toEqual([
      'decks.json › $.decks[0].slides: too short: needs at least 1 item',
    ]);
    const labelled = validatePackFile('decks.json', bad, 'malaysia-china/decks.json');
    expect(labelled.ok ? '' : labelled.problems[0]!.file).toBe('malaysia-china/decks.json');
  });

  it('does not report a date twice when its form is wrong', () => {
    const result = validatePackFile('events.json', { events: [{ date: '2017/06' }] });
    const dates = result.ok
      ? []
      : result.problems.filter((p) => p.path.join('.') === 'events.0.date');
    expect(dates.map((p) => p.message)).toEqual([
      '"2017/06" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });
});

describe('validateManifest', () => {
  it('checks data/packs.json', () => {
    expect(
      validateManifest({ packs: [{ id: 'malaysia-china', title: 'Malaysia–China' }] }).ok,
    ).toBe(true);
    const result = validateManifest({ packs: [] });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'packs.json › $.packs: too short: needs at least 1 item',
    ]);
  });
});
