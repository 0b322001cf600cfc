// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { validateManifest, validatePackFile } from './validate-file';

describe('validatePackFile', () => {
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
