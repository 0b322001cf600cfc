// @vitest-environment node
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas, SCHEMA_DIR, SCHEMA_SOURCE } from './build-json-schemas';

const built = buildJsonSchemas();
const committed = (name: string) => readFileSync(new URL(name, SCHEMA_DIR), 'utf8');
const parsed = (name: string) => JSON.parse(built.get(name)!);

describe('JSON Schema export', () => {
  it('writes one schema per pack file and one for the manifest', () => {
    expect([...built.keys()].sort()).toEqual([
      'agreements.schema.json',
      'decks.schema.json',
      'events.schema.json',
      'pack.schema.json',
      'packs.schema.json',
      'projects.schema.json',
      'sectors.schema.json',
      'trade.schema.json',
    ]);
  });

  it.each([...built.keys()])('data/schema/%s is up to date (run npm run data:schema)', (name) => {
    expect(committed(name)).toBe(built.get(name));
  });

  it('would notice a changed comment in schema.ts', () => {
    const source = readFileSync(SCHEMA_SOURCE, 'utf8').replace(
      'Ids of the project',
      'Identifiers of the project',
    );
    expect(buildJsonSchemas(source).get('projects.schema.json')).not.toBe(
      committed('projects.schema.json'),
    );
  });

  it('puts object schemas in $defs under their export names, with JSDoc descriptions', () => {
    const projects = parsed('projects.schema.json');
    expect(projects.title).toBe('Jambatan data pack: projects.json');
    expect(projects.$ref).toBe('#/$defs/ProjectsFile');
    expect(Object.keys(projects.$defs)).toEqual(
      expect.arrayContaining(['Project', 'Source', 'Milestone', 'Money', 'Value']),
    );
    expect(projects.$defs.Project.description).toMatch(/^A project or sub-project/);
    expect(projects.$defs.Project.properties.sectors.description).toBe(
      "Ids of the project's sectors (from sectors.json).",
    );
    expect(projects.$defs.Source.properties.url.description).toMatch(/http or https only/);
  });

  it('lets every file name its schema with "$schema"', () => {
    for (const name of built.keys()) {
      const schema = parsed(name);
      const root = schema.$defs[schema.$ref.replace('#/$defs/', '')];
      expect(root.additionalProperties, name).toBe(false);
      expect(root.properties.$schema.type, name).toBe('string');
    }
  });

  it('has a --check mode that passes on the committed files', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'scripts/export-json-schema.ts', '--check'],
      { cwd: root },
    );
    expect(stdout).toBe('data:schema: 8 files up to date\n');
  });
});
