// @vitest-environment node
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js, tried on probe files: code linted as if it were written at
 * a real path under src/, importing modules that exist, so that the imports resolve as the
 * project's own do. Only the layer rules' findings are read.
 *
 * Every probe that should pass also carries one import that must fail (`CONTROL`), and the test
 * expects exactly that one finding: with the layer rules removed or broken, the accepting tests
 * fail as the rejecting ones do, instead of passing on a lint that checks nothing.
 */
const ROOT = join(import.meta.dirname, '../..');

/** A module that exists in `folder` (relative to ROOT), without its extension. */
function someModule(folder: string): string {
  const file = readdirSync(join(ROOT, folder), { withFileTypes: true }).find(
    (entry) => entry.isFile() && /^[^.]+\.tsx?$/.test(entry.name),
  );
  if (!file) throw new Error(`no module in ${folder}`);
  return file.name.replace(/\.tsx?$/, '');
}

let eslint: ESLint;

/** The lines of `code` that the layer rules reject, were it the file at `path`. */
async function rejectedLines(path: string, code: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages
    .filter((message) => message.ruleId?.startsWith('boundaries/'))
    .map((message) => message.line);
}

/** Lines 1… of `imports`, as a probe file. */
const probe = (...imports: string[]) => `${imports.join('\n')}\n`;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

describe('lint by folder rejects', () => {
  it('a feature importing app/', async () => {
    const app = someModule('src/app');
    expect(
      await rejectedLines(
        'src/features/projects/probe.ts',
        probe(`import * as app from '@/app/${app}';`),
      ),
    ).toEqual([1]);
  });

  it('a nested folder of a feature reaching a sibling feature by a relative path', async () => {
    const projects = someModule('src/features/projects');
    const code = probe(`import * as other from '../../projects/${projects}';`);
    expect(await rejectedLines('src/features/map/geo/probe.ts', code)).toEqual([1]);
  });

  it('a dynamic import of another feature', async () => {
    const code = probe(`export const load = () => import('@/features/projects/projects-view');`);
    expect(await rejectedLines('src/features/timeline/probe.ts', code)).toEqual([1]);
  });

  it('a re-export and a type import from another feature', async () => {
    const code = probe(
      `export * from '@/features/projects/projects-view';`,
      `import type * as Other from '@/features/agreements/agreements-view';`,
    );
    expect(await rejectedLines('src/features/sectors/probe.ts', code)).toEqual([1, 2]);
  });

  it('a new feature folder reaching another feature, with no list to update', async () => {
    const code = probe(`import * as other from '@/features/projects/projects-view';`);
    expect(await rejectedLines('src/features/brand-new-view/probe.ts', code)).toEqual([1]);
  });

  it('React in lib/ and in the registry', async () => {
    const code = probe(`import { useState } from 'react';`, `import('react-dom');`);
    expect(await rejectedLines('src/lib/probe.ts', code)).toEqual([1, 2]);
    expect(await rejectedLines('src/registry/probe.ts', code)).toEqual([1, 2]);
  });

  it('data/ importing filters/, and each layer importing the one above it', async () => {
    const filters = someModule('src/filters');
    expect(
      await rejectedLines('src/data/probe.ts', probe(`import * as f from '@/filters/${filters}';`)),
    ).toEqual([1]);
    const above = [
      ['src/lib/probe.ts', `@/registry/views`],
      ['src/registry/probe.ts', `@/i18n/${someModule('src/i18n')}`],
      ['src/i18n/probe.ts', `@/data/${someModule('src/data')}`],
      ['src/components/probe.ts', `@/filters/${filters}`],
      ['src/components/probe.ts', `@/features/projects/projects-view`],
      ['src/filters/probe.ts', `@/components/ui/${someModule('src/components/ui')}`],
      ['src/service-worker/probe.ts', `@/data/${someModule('src/data')}`],
    ];
    for (const [path, target] of above)
      expect(
        await rejectedLines(path!, probe(`import * as x from '${target}';`)),
        `${path} → ${target}`,
      ).toEqual([1]);
  });

  it('a file in a folder of src/ that has no layer', async () => {
    expect(await rejectedLines('src/misc/probe.ts', probe(`export const x = 1;`))).toEqual([1]);
  });
});

describe('lint by folder accepts', () => {
  const CONTROL = `import * as control from '@/app/${someModule('src/app')}';`;

  it('a feature importing components, filters, data, i18n, registry and lib', async () => {
    const code = probe(
      CONTROL,
      `import * as ui from '@/components/ui/${someModule('src/components/ui')}';`,
      `import * as filters from '@/filters/${someModule('src/filters')}';`,
      `import * as data from '@/data/${someModule('src/data')}';`,
      `import * as i18n from '@/i18n/${someModule('src/i18n')}';`,
      `import * as registry from '@/registry/views';`,
      `import * as lib from '@/lib/${someModule('src/lib')}';`,
      `export const lazy = () => import('@/components/ui/${someModule('src/components/ui')}');`,
    );
    expect(await rejectedLines('src/features/projects/probe.ts', code)).toEqual([1]);
  });

  it('relative imports inside one feature, from a nested folder too', async () => {
    const code = probe(
      CONTROL,
      `import * as up from '../${someModule('src/features/map')}';`,
      `import * as here from './${someModule('src/features/map/geo')}';`,
    );
    expect(await rejectedLines('src/features/map/geo/probe.ts', code)).toEqual([1]);
  });

  it('app/ importing features, statically and dynamically', async () => {
    const code = probe(
      // The control here: the service worker's code is no part of the app.
      `import * as sw from '@/service-worker/${someModule('src/service-worker')}';`,
      `import * as view from '@/features/projects/projects-view';`,
      `export const load = () => import('@/features/map/map-view');`,
      `import * as lib from '@/lib/${someModule('src/lib')}';`,
    );
    expect(await rejectedLines('src/app/probe.ts', code)).toEqual([1]);
  });
});
