import { compileMessage } from '@lingui/message-utils/compileMessage';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';

const CATALOG = /[\\/]src[\\/]i18n[\\/]locales[\\/][a-z]+[\\/][a-z-]+\.json$/;
const PREFIX = '\0catalog:';

/** A namespace file's nested texts as flat ids: `{ filters: { sector: "…" } }` → `ns.filters.sector`. */
export function flattenTexts(value: unknown, prefix: string, out: Record<string, string> = {}) {
  if (typeof value === 'string') out[prefix] = value;
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) flattenTexts(inner, `${prefix}.${key}`, out);
  return out;
}

/**
 * Compiles the translation files (src/i18n/locales/<lang>/<namespace>.json, ICU MessageFormat)
 * into Lingui's compiled form when they are imported, so the app ships no message parser:
 * translators edit plain JSON, the browser gets ready-made messages keyed `namespace.path`.
 */
export function catalogPlugin(): Plugin {
  return {
    name: 'jambatan-catalogs',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.json') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !CATALOG.test(resolved.id)) return null;
      // No ".json" on the id, so Vite's JSON handling leaves the compiled module alone.
      return PREFIX + resolved.id.replace(/\.json$/, '');
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = `${id.slice(PREFIX.length)}.json`;
      this.addWatchFile(file);
      const ns = basename(file, '.json');
      const texts = flattenTexts(JSON.parse(readFileSync(file, 'utf8')), ns);
      const compiled = Object.fromEntries(
        Object.entries(texts).map(([key, text]) => [key, compileMessage(text)]),
      );
      return { code: `export default ${JSON.stringify(compiled)};`, moduleType: 'js' };
    },
  };
}
