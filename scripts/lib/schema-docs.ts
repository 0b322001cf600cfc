/**
 * Reads the JSDoc of the pack schema's object schemas with the TypeScript compiler API, so that the
 * comments curators see in their editor (JSON Schema "description") are the ones written beside
 * the fields in src/data/schema.ts, with no second copy to keep in step.
 */
import ts from 'typescript';

export interface ObjectDocs {
  /** JSDoc of `export const X = z.strictObject(…)` itself. */
  description?: string;
  /** JSDoc of each property of the object literal, by property name. */
  properties: Record<string, string>;
}

const OBJECT_FACTORIES = new Set(['strictObject', 'object', 'looseObject']);

export function readSchemaDocs(
  sourceText: string,
  fileName = 'schema.ts',
): Record<string, ObjectDocs> {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
  const docs: Record<string, ObjectDocs> = {};
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    for (const declaration of statement.declarationList.declarations) {
      const literal = objectLiteralOf(declaration.initializer);
      if (!literal || !ts.isIdentifier(declaration.name)) continue;
      const properties: Record<string, string> = {};
      for (const property of literal.properties) {
        const name = property.name && propertyName(property.name);
        const text = jsDocText(property);
        if (name !== undefined && text) properties[name] = text;
      }
      const description = jsDocText(declaration);
      docs[declaration.name.text] = description ? { description, properties } : { properties };
    }
  }
  return docs;
}

/** The `{…}` of `z.strictObject({…})`, or undefined for any other initializer. */
function objectLiteralOf(node: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  if (!node || !ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression))
    return undefined;
  if (!OBJECT_FACTORIES.has(node.expression.name.text)) return undefined;
  const [first] = node.arguments;
  return first && ts.isObjectLiteralExpression(first) ? first : undefined;
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    return name.text;
  return undefined;
}

/** The last JSDoc block's text on one line: descriptions are shown as single tooltips. */
function jsDocText(node: ts.Node): string | undefined {
  const blocks = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = blocks[blocks.length - 1];
  const text = last && ts.getTextOfJSDocComment(last.comment);
  return text ? text.replace(/\s*\n\s*/g, ' ').trim() : undefined;
}
