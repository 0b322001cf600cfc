/**
 * npm run gen:pack -- --projects 100000 [--seed 1] [--out .bench/packs]
 * Writes a synthetic pack folder (never into data/, never into the default manifest) and prints
 * its path. Synthetic packs are for benchmarks and scale tests and are not committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { syntheticPack } from './lib/synthetic-pack';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const projects = Number(option('projects', '1000'));
const seed = Number(option('seed', '1'));
const out = resolve(option('out', '.bench/packs'));
if (!Number.isInteger(projects) || projects < 1) {
  console.error(`--projects must be a positive whole number, got "${option('projects', '')}"`);
  process.exit(2);
}
const pack = syntheticPack(projects, seed);
const dir = join(out, pack['pack.json'].id);
mkdirSync(dir, { recursive: true });
for (const [name, content] of Object.entries(pack))
  writeFileSync(join(dir, name), JSON.stringify(content));
console.log(dir);
