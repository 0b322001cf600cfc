/**
 * Checks that span records and files, which a per-file schema cannot see: unique ids, references
 * that resolve, parent chains without loops, sides of the pack, dates in order, trade series and
 * deck views. Works on whatever files parsed: a broken file must not hide the others' problems,
 * and references into a file that is absent or broken are not reported (that file's own problem
 * already is).
 */
import {
  checkDates,
  checkDecks,
  checkFolder,
  checkSides,
  checkTrade,
  type KnownIds,
  type Report,
} from './cross-check-rules';
import type { Problem } from './problems';
import { RECORD_KINDS } from '@/registry/views';
import type { PackFileData, PackFileName } from './schema';

export interface PackData {
  meta: PackFileData<'pack.json'>;
  sectors: PackFileData<'sectors.json'>;
  projects: PackFileData<'projects.json'>;
  agreements: PackFileData<'agreements.json'>;
  events: PackFileData<'events.json'>;
  trade: PackFileData<'trade.json'>;
  decks: PackFileData<'decks.json'>;
}

/**
 * `references: false` leaves out references between records (unknown ids), for the app: it
 * shows what it can and says what is missing rather than refusing a file over one dangling id.
 */
export function crossCheckPack(
  pack: Partial<PackData>,
  labelOf: (file: PackFileName) => string,
  folder?: string,
  { references = true } = {},
): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (file, path, message, expected) => {
    problems.push(
      expected
        ? { file: labelOf(file), path, message, expected }
        : { file: labelOf(file), path, message },
    );
  };
  const { sectors, projects, agreements, events, trade, decks } = pack;
  checkUniqueIds(report, 'sectors.json', 'sectors', 'sector', sectors?.sectors);
  checkUniqueIds(report, 'projects.json', 'projects', 'project', projects?.projects);
  checkUniqueIds(report, 'agreements.json', 'agreements', 'agreement', agreements?.agreements);
  checkUniqueIds(report, 'events.json', 'events', 'event', events?.events);
  checkUniqueIds(report, 'trade.json', 'series', 'trade series', trade?.series);
  checkUniqueIds(report, 'trade.json', 'indicators', 'indicator', trade?.indicators);
  checkUniqueIds(report, 'decks.json', 'decks', 'deck', decks?.decks);

  const ids: KnownIds = references
    ? {
        sector: sectors && new Set(sectors.sectors.map((s) => s.id)),
        project: projects && new Set(projects.projects.map((p) => p.id)),
        agreement: agreements && new Set(agreements.agreements.map((a) => a.id)),
      }
    : {};
  const refs = (
    file: PackFileName,
    path: (string | number)[],
    kind: keyof KnownIds,
    list: string[],
  ) => list.forEach((id, k) => checkRef(report, ids, file, [...path, k], kind, id));

  projects?.projects.forEach((p, i) => {
    refs('projects.json', ['projects', i, 'sectors'], 'sector', p.sectors);
    if (p.parent !== undefined)
      checkRef(report, ids, 'projects.json', ['projects', i, 'parent'], 'project', p.parent);
  });
  agreements?.agreements.forEach((a, i) => {
    refs('agreements.json', ['agreements', i, 'sectors'], 'sector', a.sectors);
    refs('agreements.json', ['agreements', i, 'projects'], 'project', a.projects);
    if (a.parent !== undefined) {
      checkRef(report, ids, 'agreements.json', ['agreements', i, 'parent'], 'agreement', a.parent);
    }
  });
  events?.events.forEach((e, i) => {
    refs('events.json', ['events', i, 'sectors'], 'sector', e.sectors);
    refs('events.json', ['events', i, 'projects'], 'project', e.projects);
    refs('events.json', ['events', i, 'agreements'], 'agreement', e.agreements);
  });
  checkParentLoops(report, 'projects.json', 'projects', projects?.projects);
  checkParentLoops(report, 'agreements.json', 'agreements', agreements?.agreements);

  checkSides(report, pack);
  checkDates(report, pack);
  checkTrade(report, pack);
  checkDecks(report, pack, ids);
  checkFolder(report, pack, folder);
  return problems;
}

function checkUniqueIds(
  report: Report,
  file: PackFileName,
  key: string,
  kind: string,
  records: { id: string }[] | undefined,
): void {
  const first = new Map<string, number>();
  records?.forEach((record, i) => {
    const earlier = first.get(record.id);
    if (earlier === undefined) first.set(record.id, i);
    else
      report(
        file,
        [key, i, 'id'],
        `duplicate ${kind} id "${record.id}", also used by $.${key}[${earlier}]`,
        `an id used once in ${file}`,
      );
  });
}

function checkRef(
  report: Report,
  ids: KnownIds,
  file: PackFileName,
  path: (string | number)[],
  kind: keyof KnownIds,
  id: string,
): void {
  const known = ids[kind];
  if (known && !known.has(id))
    report(file, path, `unknown ${kind} "${id}"`, `an id from ${RECORD_KINDS[kind]}`);
}

/** A parent chain that loops would make the app's tree of sub-projects (or packages) endless. */
function checkParentLoops(
  report: Report,
  file: PackFileName,
  key: string,
  records: { id: string; parent?: string }[] | undefined,
): void {
  if (!records) return;
  const parentOf = new Map<string, string | undefined>();
  for (const r of records) if (!parentOf.has(r.id)) parentOf.set(r.id, r.parent);
  const reported = new Set<string>();
  records.forEach((record, i) => {
    if (record.parent === undefined || reported.has(record.id)) return;
    const chain = [record.id];
    let current: string | undefined = record.parent;
    while (current !== undefined && current !== record.id && !chain.includes(current)) {
      chain.push(current);
      current = parentOf.get(current);
    }
    if (current !== record.id) return;
    chain.forEach((id) => reported.add(id));
    const loop = [...chain, record.id].map((id) => `"${id}"`).join(' → ');
    report(
      file,
      [key, i, 'parent'],
      `parent chain loops: ${loop}`,
      'a parent that is not the record itself or one of its descendants',
    );
  });
}
