import { compileMessage } from '@lingui/message-utils/compileMessage';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenTexts } from '../../scripts/vite/catalog-plugin';
import { LANGUAGES } from './languages';
import { SHELL_NAMESPACES, VIEW_NAMESPACES } from './namespaces';

const DIR = join(import.meta.dirname, 'locales');
const read = (lang: string, ns: string) =>
  flattenTexts(JSON.parse(readFileSync(join(DIR, lang, `${ns}.json`), 'utf8')), ns);
const NAMESPACES = [...SHELL_NAMESPACES, ...VIEW_NAMESPACES];

/** The placeholder and plural argument names of an ICU message: `{count, plural, …}` → count. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (parts: unknown): void => {
    if (!Array.isArray(parts)) return;
    for (const part of parts) {
      if (!Array.isArray(part)) continue;
      const [name, , options] = part as [string, string?, unknown?];
      names.add(name);
      if (options && typeof options === 'object') Object.values(options).forEach(walk);
    }
  };
  walk(compileMessage(message));
  return [...names].sort();
}

describe('translations', () => {
  it('has one file per namespace and language, and no other', () => {
    for (const lang of LANGUAGES)
      expect(readdirSync(join(DIR, lang)).sort()).toEqual(
        NAMESPACES.map((ns) => `${ns}.json`).sort(),
      );
  });

  for (const ns of NAMESPACES) {
    const english = read('en', ns);
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      it(`${lang}/${ns}.json has every text English has, and no other`, () => {
        const texts = read(lang, ns);
        const missing = Object.keys(english).filter((id) => !(id in texts));
        const extra = Object.keys(texts).filter((id) => !(id in english));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });
      it(`${lang}/${ns}.json keeps each text's placeholders`, () => {
        const texts = read(lang, ns);
        for (const [id, message] of Object.entries(english)) {
          const translated = texts[id];
          if (translated === undefined) continue;
          expect(translated.trim(), `${lang} ${id} is empty`).not.toBe('');
          expect(argumentsOf(translated), `${lang} ${id}`).toEqual(argumentsOf(message));
        }
      });
    }
  }
});
