// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readSchemaDocs } from './schema-docs';

describe('readSchemaDocs', () => {
  it('reads the JSDoc of exported object schemas and of their properties', () => {
    const source = `
      /** Not an object. */
      export const Id = z.string();
      /**
       * A thing, described
       * over two lines.
       */
      export const Thing = z.strictObject({
        /** The id. */
        id: Id,
        // not JSDoc
        name: z.string(),
        /** Quoted key. */
        'kebab-key': z.number(),
      });
      /** Not exported. */
      const Hidden = z.strictObject({ /** x */ x: z.string() });
    `;
    expect(readSchemaDocs(source)).toEqual({
      Thing: {
        description: 'A thing, described over two lines.',
        properties: { id: 'The id.', 'kebab-key': 'Quoted key.' },
      },
    });
  });
});
