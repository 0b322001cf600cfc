// @vitest-environment node
/**
 * The hostile fixture pack (tests/fixtures/packs/hostile) must be VALID, so that the app loads
 * it and its content reaches every view: script tags, event-handler markup and look-alike
 * Unicode in every free-text field, and URLs that look hostile but are real http(s) addresses.
 * tests/e2e/security-hostile.spec.ts then checks that all of it is shown as inert text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPackFromBytes } from '../../src/data/check-pack-files';
import { PACK_FILE_NAMES } from '../../src/registry/pack-files';
import { safeHref } from '../../src/lib/safe-url';

const DIR = fileURLToPath(new URL('../fixtures/packs/hostile/', import.meta.url));
const MARKERS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'Маlауsіа', // Cyrillic М, а, у, і among Latin letters
  '\u202E', // right-to-left override
  '\u200D', // zero-width joiner
];
/** Every key whose value is free text in the schema (Text or a plain string shown as text). */
const FREE_TEXT = [
  'title',
  'description',
  'name',
  'summary',
  'statusNote',
  'text',
  'label',
  'note',
  'dateNote',
  'subject',
  'unverified',
  'methodology',
  'basisNote',
  'notes',
  'role',
  'publisher',
  'licence',
  'state',
  'participants',
];
const PLACE_ROLES = ['site', 'terminus', 'station'];

function leaves(value: unknown, key = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([key, value]);
  else if (Array.isArray(value)) value.forEach((v) => leaves(v, key, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) leaves(v, k, out);
  return out;
}

const files = Object.fromEntries(
  PACK_FILE_NAMES.map((name) => [name, new Uint8Array(readFileSync(DIR + name))]),
);
const strings = PACK_FILE_NAMES.flatMap((name) =>
  leaves(JSON.parse(readFileSync(DIR + name, 'utf8'))),
);

describe('the hostile fixture pack', () => {
  it('passes data:check: hostile text is not a schema problem', () => {
    expect(checkPackFromBytes('hostile', files, (f) => f).problems).toEqual([]);
  });

  it('has every kind of hostile content in every free-text field', () => {
    const text = strings.filter(([key, v]) => FREE_TEXT.includes(key) && !PLACE_ROLES.includes(v));
    expect(new Set(text.map(([key]) => key))).toEqual(new Set(FREE_TEXT));
    for (const [key, value] of text) {
      for (const marker of MARKERS) expect(value, `${key}: ${value}`).toContain(marker);
    }
  });

  it('has only hostile-looking URLs, each a real http(s) address', () => {
    const urls = strings.filter(([key]) => key === 'url').map(([, v]) => v);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      expect(url).toMatch(/script|onerror|onmouseover|javascript:|\u202E|\u200D|е/);
      expect(safeHref(url), url).toMatch(/^https?:\/\//);
    }
  });
});
