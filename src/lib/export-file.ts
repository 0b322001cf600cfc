import { textOf, type TextValue } from './text';

/**
 * Exports of what a view shows: the same items, in the same order, with where they come from,
 * the pack's "as of" date and the link that reopens the view. Pure builders plus one small
 * function that hands a file to the browser.
 */

export interface ExportMeta {
  /** The view's name, e.g. "projects". */
  view: string;
  /** The full address of the view as shown (filters included). */
  link: string;
  asOf: string;
  /** The pack's id. */
  pack: string;
  /** ISO timestamp of the export. */
  exportedAt: string;
}

export interface ExportSource {
  publisher: string;
  title?: string;
  url: string;
  date?: string;
}

/** One item of a list: its columns (plain values) and its sources. */
export interface ExportItem {
  fields: Record<string, string | number | null>;
  sources: ExportSource[];
}

/** Sources as they go into a file, each address once, in the record's order. */
export function exportSources(
  sources: readonly { publisher: string; url: string; title?: TextValue; date?: string }[],
): ExportSource[] {
  const seen = new Set<string>();
  const out: ExportSource[] = [];
  for (const s of sources) {
    if (seen.has(s.url)) continue;
    seen.add(s.url);
    out.push({
      publisher: s.publisher,
      url: s.url,
      ...(s.title !== undefined && { title: textOf(s.title) }),
      ...(s.date !== undefined && { date: s.date }),
    });
  }
  return out;
}

/** The JSON file: the view's record first, then the items in the order shown. */
export function toExportJson(meta: ExportMeta, items: ExportItem[]) {
  return {
    view: meta.view,
    link: meta.link,
    asOf: meta.asOf,
    pack: meta.pack,
    exportedAt: meta.exportedAt,
    items: items.map((item) => ({ ...item.fields, sources: item.sources })),
  };
}

/** "Publisher: Title <url>", the form a spreadsheet reader can follow by hand. */
function describeSource(source: ExportSource): string {
  const title = source.title ? `: ${source.title}` : '';
  return `${source.publisher}${title} <${source.url}>`;
}

/**
 * CSV rows: every row carries `sources`, `link`, `as_of` and `pack`, so that a row copied out of
 * the file on its own still says where it comes from and which view it belongs to (a metadata
 * header above the table would break the many tools that expect one header row).
 */
export function toCsvRows(
  meta: ExportMeta,
  items: ExportItem[],
): Record<string, string | number>[] {
  return items.map((item) => {
    const row: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(item.fields)) row[key] = value ?? '';
    row.sources = item.sources.map(describeSource).join(' | ');
    row.link = meta.link;
    row.as_of = meta.asOf;
    row.pack = meta.pack;
    return row;
  });
}

/** The CSV text. Papa Parse is loaded only when a reader asks for a CSV. */
export async function toCsv(meta: ExportMeta, items: ExportItem[]): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const rows = toCsvRows(meta, items);
  const columns = rows[0] ? Object.keys(rows[0]) : ['sources', 'link', 'as_of', 'pack'];
  // escapeFormulae: a cell starting with "=" or "+" must not run as a formula in a spreadsheet.
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (Malay, Chinese names).
  return '\uFEFF' + Papa.unparse({ fields: columns, data: rows }, { escapeFormulae: true });
}

/** `jambatan-<pack>-<view>-<as of>.<ext>`: the file says what it is once saved. */
export function exportFileName(meta: Pick<ExportMeta, 'pack' | 'view' | 'asOf'>, ext: string) {
  const safe = (text: string) => text.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '');
  return `jambatan-${safe(meta.pack)}-${safe(meta.view)}-${safe(meta.asOf)}.${ext}`;
}

/** Hands a file to the browser as a download (blob: URL, released once the click is done). */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
