/**
 * npm run data:schema           writes data/schema/*.schema.json from src/data/schema.ts
 * npm run data:schema -- --check exits 1 when a committed file differs from what would be written
 *
 * Pack files point at these with "$schema": "../schema/<name>.schema.json", so curators get
 * completion and checking in their editor from the same schema the app and data:check use.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildJsonSchemas, SCHEMA_DIR } from './lib/build-json-schemas';

const check = process.argv.includes('--check');
const files = buildJsonSchemas();
let stale = 0;

if (!check) mkdirSync(SCHEMA_DIR, { recursive: true });
for (const [name, content] of files) {
  const target = fileURLToPath(new URL(name, SCHEMA_DIR));
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (current === content) continue;
  if (check) {
    console.log(
      `data/schema/${name} is ${current === undefined ? 'missing' : 'stale'}: run npm run data:schema`,
    );
    stale++;
  } else {
    writeFileSync(target, content);
    console.log(`wrote data/schema/${name}`);
  }
}
if (check && stale > 0) process.exitCode = 1;
else console.log(`data:schema: ${files.size} files ${check ? 'up to date' : 'in data/schema/'}`);
