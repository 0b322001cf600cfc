import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  exportSources,
  toCsv,
  toCsvRows,
  toExportJson,
  type ExportItem,
  type ExportMeta,
} from './export-file';

const meta: ExportMeta = {
  view: 'projects',
  link: 'https://example.org/app/#/projects?sector=automotive',
  asOf: '2026-11-28',
  pack: 'malaysia-china',
  exportedAt: '2026-11-28T10:00:00.000Z',
};
const source = { publisher: 'The Star', url: 'https://www.thestar.com.my/a', title: 'A, "quoted"' };
const items: ExportItem[] = [
  { fields: { id: 'b', name: 'Beta, plant', value: 12, end: null }, sources: [source] },
  { fields: { id: 'a', name: '=SUM(A1)', value: null, end: '2027' }, sources: [] },
];

describe('export files', () => {
  it('keeps sources once each, titles as text', () => {
    expect(
      exportSources([source, { ...source }, { publisher: 'X', url: 'https://x.org/' }]),
    ).toEqual([source, { publisher: 'X', url: 'https://x.org/' }]);
    expect(
      exportSources([{ publisher: 'P', url: 'https://p.org/', title: { en: 'Hello' } }])[0]!.title,
    ).toBe('Hello');
  });

  it('writes the JSON with the view, link, as of and items in order', () => {
    const json = toExportJson(meta, items);
    expect(json).toMatchObject({
      view: 'projects',
      link: meta.link,
      asOf: '2026-11-28',
      pack: 'malaysia-china',
    });
    expect(json.items.map((i) => (i as Record<string, unknown>).id)).toEqual(['b', 'a']);
    expect(json.items[0]!.sources).toEqual([source]);
  });

  it('puts link, as of and pack on every CSV row', () => {
    const rows = toCsvRows(meta, items);
    expect(rows[1]).toMatchObject({
      link: meta.link,
      as_of: '2026-11-28',
      pack: 'malaysia-china',
      value: '',
    });
    expect(rows[0]!.sources).toBe('The Star: A, "quoted" <https://www.thestar.com.my/a>');
  });

  it('escapes commas, quotes and formulas in the CSV and reads back the same rows', async () => {
    const text = await toCsv(meta, items);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const back = Papa.parse<Record<string, string>>(text.slice(1), { header: true }).data;
    expect(back.map((r) => r.name)).toEqual(['Beta, plant', "'=SUM(A1)"]);
    expect(back[0]!.sources).toContain('"quoted"');
    expect(Object.keys(back[0]!)).toEqual([
      'id',
      'name',
      'value',
      'end',
      'sources',
      'link',
      'as_of',
      'pack',
    ]);
  });

  it('names the file after pack, view and as of', () => {
    expect(exportFileName(meta, 'csv')).toBe('jambatan-malaysia-china-projects-2026-11-28.csv');
    expect(exportFileName({ ...meta, pack: '../x y' }, 'json')).toBe(
      'jambatan-x-y-projects-2026-11-28.json',
    );
  });
});
