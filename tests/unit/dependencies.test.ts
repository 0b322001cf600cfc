// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `dependencies` are what the app's own code imports; tools used only by scripts and tests are
 * devDependencies, so that a reader of package.json (or a licence review) sees what ships.
 */
function appSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return appSources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('package.json dependencies', () => {
  it('are each imported by the app’s code under src/', () => {
    const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const code = appSources('src')
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const imported = (name: string) =>
      new RegExp(`(from|import\\()\\s*['"]${name.replace(/[/.]/g, '\\$&')}(/[^'"]*)?['"]`).test(
        code,
      );
    expect(Object.keys(dependencies).filter((name) => !imported(name))).toEqual([]);
  });
});
