#!/usr/bin/env node
/**
 * Size budget of the first view: the gzip size of every script index.html loads up front
 * (the entry and its modulepreloads). Lazy chunks are listed but not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_VIEW_BUDGET_KIB = 130;

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const upFront = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

const firstView = upFront.reduce((sum, file) => sum + gz(file), 0);
const lazy = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !upFront.includes(`assets/${f}`))
  .map((f) => [f, gz(`assets/${f}`)]);

console.log(
  `first view: ${firstView.toFixed(1)} KiB gzip of JavaScript (budget ${FIRST_VIEW_BUDGET_KIB} KiB)`,
);
for (const file of upFront) console.log(`  ${file}: ${gz(file).toFixed(1)} KiB`);
for (const [file, size] of lazy) console.log(`  lazy ${file}: ${size.toFixed(1)} KiB`);
if (firstView > FIRST_VIEW_BUDGET_KIB) {
  console.error(`over budget by ${(firstView - FIRST_VIEW_BUDGET_KIB).toFixed(1)} KiB`);
  process.exit(1);
}
