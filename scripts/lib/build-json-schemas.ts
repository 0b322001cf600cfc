/**
 * Builds the JSON Schema files under data/schema/ from the zod pack schema, in memory, so that the
 * export script writes them and a test can compare them with the committed copies.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import * as schema from '../../src/data/schema';
import { Manifest, PACK_FILES } from '../../src/data/schema';
import { readSchemaDocs, type ObjectDocs } from './schema-docs';

export const SCHEMA_SOURCE = new URL('../../src/data/schema.ts', import.meta.url);
export const SCHEMA_DIR = new URL('../../data/schema/', import.meta.url);

type Json = Record<string, unknown>;

const SCHEMA_KEY_DESCRIPTION =
  'Path of the JSON Schema that lets editors check this file and complete its fields, e.g. "../schema/projects.schema.json".';

/** Each output file: its name under data/schema/, the zod schema and a title for editors. */
function outputs(): { name: string; schema: z.ZodMiniType; title: string }[] {
  const files = Object.entries(PACK_FILES).map(([file, fileSchema]) => ({
    name: file.replace(/\.json$/, '.schema.json'),
    schema: fileSchema as z.ZodMiniType,
    title: `Jambatan data pack: ${file}`,
  }));
  return [
    ...files,
    {
      name: 'packs.schema.json',
      schema: Manifest,
      title: 'Jambatan data packs manifest: packs.json',
    },
  ];
}

/** A registry naming every exported object schema by its export name, so each becomes a $defs entry. */
function objectRegistry() {
  const registry = z.registry<{ id: string }>();
  for (const [name, value] of Object.entries(schema)) {
    const def = (value as { _zod?: { def?: { type?: string } } })?._zod?.def;
    if (def?.type === 'object') registry.add(value as z.ZodMiniType, { id: name });
  }
  return registry;
}

function describe(
  defs: Record<string, Json>,
  docs: Record<string, ObjectDocs>,
): Record<string, Json> {
  const described: Record<string, Json> = {};
  for (const name of Object.keys(defs).sort()) {
    const def = defs[name]!;
    const doc = docs[name];
    const properties = def.properties as Record<string, Json> | undefined;
    const withDocs: Record<string, Json> = {};
    for (const [key, property] of Object.entries(properties ?? {})) {
      const text = doc?.properties[key] ?? (key === '$schema' ? SCHEMA_KEY_DESCRIPTION : undefined);
      // A fresh object: the generator may share one object between identical properties.
      withDocs[key] = text ? { description: text, ...property } : { ...property };
    }
    const head = doc?.description ? { description: doc.description } : {};
    described[name] = properties ? { ...head, ...def, properties: withDocs } : { ...head, ...def };
  }
  return described;
}

/** File name under data/schema/ → file content (2-space JSON with a trailing newline). */
export function buildJsonSchemas(
  schemaSource = readFileSync(SCHEMA_SOURCE, 'utf8'),
): Map<string, string> {
  const docs = readSchemaDocs(schemaSource);
  const registry = objectRegistry();
  const result = new Map<string, string>();
  for (const { name, schema: fileSchema, title } of outputs()) {
    const generated = z.toJSONSchema(fileSchema, { metadata: registry }) as Json;
    const { $schema, $defs, ...rest } = generated;
    const ref = String(rest.$ref ?? '');
    const rootName = ref.replace('#/$defs/', '');
    const root: Json = {
      $schema,
      title,
      ...(docs[rootName]?.description ? { description: docs[rootName]!.description } : {}),
      ...rest,
      $defs: describe(($defs ?? {}) as Record<string, Json>, docs),
    };
    result.set(name, `${JSON.stringify(root, null, 2)}\n`);
  }
  return result;
}
