// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeIssue, describeIssues } from './describe-issue';
import { formatProblem } from './problems';
import { Deck, Money, PackMeta, Project, Source, Text, TradeSeries } from './schema';

/** Formatted problems for a value checked against one schema, as data:check would print them. */
function lines(schema: z.ZodMiniType, value: unknown): string[] {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return [];
  return describeIssues('f.json', result.error.issues).map(formatProblem);
}

const source = { url: 'https://example.org/a', publisher: 'Example', side: 'my' };
/** A one-point trade series in USD, valid but for the point given. */
const seriesOf = (point: unknown) => ({
  id: 's',
  title: 't',
  reporter: 'my',
  measure: 'total',
  currency: 'USD',
  points: [point],
});

describe('describeIssue: named checks', () => {
  it.each([
    [
      'url',
      'javascript:alert(1)',
      'f.json › $.url: "javascript:alert(1)" is not an http(s) address (a URL starting with http:// or https://)',
    ],
    [
      'date',
      '2023-02-30',
      'f.json › $.date: "2023-02-30" is not a real calendar date (a date such as 2017, 2017-06 or 2017-06-24)',
    ],
    [
      'date',
      '24/06/2017',
      'f.json › $.date: "24/06/2017" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD (a date such as 2017, 2017-06 or 2017-06-24)',
    ],
    [
      'side',
      'MY',
      'f.json › $.side: "MY" is not a country code (a country code of the pack such as "my", or "third-party")',
    ],
  ])('%s = %s', (field, value, expected) => {
    expect(lines(Source, { ...source, [field]: value })).toEqual([expected]);
  });

  it('explains ids, currencies, language tags, versions and views', () => {
    expect(lines(Money, { amount: 1, currency: 'usd', sources: [source] })).toEqual([
      'f.json › $.currency: "usd" is not a currency code (a three-letter ISO 4217 code in capitals, such as "MYR", "USD" or "CNY")',
    ]);
    const meta = {
      id: 'Bad Id',
      title: 't',
      description: 'd',
      countries: [
        { id: 'my', name: 'M' },
        { id: 'cn', name: 'C' },
      ],
      asOf: '2024',
      version: '1.0',
      licence: 'x',
      languages: ['EN'],
    };
    expect(lines(PackMeta, meta)).toEqual([
      'f.json › $.id: "Bad Id" is not a valid id (lower-case letters, digits and single hyphens, such as "east-coast-rail")',
      'f.json › $.version: "1.0" is not a version number (three numbers such as "1.0.0")',
      'f.json › $.languages[0]: "EN" is not a language tag (a tag such as "en", "ms", "zh" or "zh-Hans")',
    ]);
    expect(
      lines(Deck, { id: 'd', title: 't', slides: [{ view: 'Projects', title: 't' }] }),
    ).toEqual([
      'f.json › $.slides[0].view: "Projects" is not a view route (a path such as "/overview" or "/projects/ecrl")',
    ]);
  });

  it('asks for English in translations, and checks translation keys', () => {
    expect(lines(Text, { ms: 'Jambatan' })).toEqual([
      'f.json › $: the translations have no English text (an object of translations with "en")',
    ]);
    expect(lines(Text, { en: 'Bridge', EN: 'Bridge' })).toEqual([
      'f.json › $.EN: "EN" is not a language tag (a tag such as "en", "ms", "zh" or "zh-Hans")',
    ]);
  });

  it('shortens a long offending value to about 60 characters', () => {
    const [line] = lines(Source, { ...source, url: `ftp://${'x'.repeat(200)}` });
    expect(line).toBe(
      `f.json › $.url: "ftp://${'x'.repeat(53)}…" is not an http(s) address (a URL starting with http:// or https://)`,
    );
  });
});

describe('describeIssue: types, sizes, values and fields', () => {
  it('reports a missing field with what it should hold', () => {
    expect(lines(Money, { amount: 1, currency: 'USD' })).toContain(
      'f.json › $.sources: missing required field "sources" (an array)',
    );
    expect(lines(Project, {})).toContain(
      'f.json › $.name: missing required field "name" (a non-empty string or an object of translations with "en")',
    );
  });

  it('names the type it expected and the one it got', () => {
    expect(lines(Money, { amount: '12', currency: 'USD', sources: [source] })).toEqual([
      'f.json › $.amount: expected a number, got string',
    ]);
    expect(lines(Source, { ...source, publisher: null })).toEqual([
      'f.json › $.publisher: expected a string, got null',
    ]);
  });

  it('asks for whole numbers', () => {
    const series = seriesOf({ year: 2019.5, value: 1, sources: [source] });
    expect(lines(TradeSeries, series)).toEqual([
      'f.json › $.points[0].year: expected a whole number, got 2019.5',
    ]);
  });

  it('reports sizes of arrays, strings and numbers', () => {
    expect(lines(Money, { amount: -5, currency: 'USD', sources: [] })).toEqual([
      'f.json › $.amount: -5 is too small (a number ≥ 0)',
      'f.json › $.sources: too short: needs at least 1 item',
    ]);
    expect(lines(Source, { ...source, publisher: '' })).toEqual([
      'f.json › $.publisher: too short: needs at least 1 character',
    ]);
    const point = { year: 2030, value: 1, months: 12, sources: [source] };
    const series = seriesOf(point);
    expect(lines(TradeSeries, series)).toEqual([
      'f.json › $.points[0].months: 12 is too large (a number ≤ 11)',
    ]);
  });

  it('lists the allowed values of an enum', () => {
    const [line] = lines(Project, { status: 'planed' }).filter((l) => l.includes('status'));
    expect(line).toBe(
      'f.json › $.status: unknown value "planed" (one of: announced, planned, contracted, under-construction, operational, completed, suspended, cancelled, unclear)',
    );
    expect(lines(Source, { ...source, reliability: 'low' })).toEqual([
      'f.json › $.reliability: unknown value "low" (exactly "lower")',
    ]);
  });

  it('reports each unknown field on its own line, at its own path', () => {
    expect(lines(Source, { ...source, colour: 'red', sauce: 1 })).toEqual([
      'f.json › $.colour: unknown field "colour" (remove it or check its spelling)',
      'f.json › $.sauce: unknown field "sauce" (remove it or check its spelling)',
    ]);
  });

  it('describes a value that fits no branch of a union once', () => {
    expect(lines(Source, { ...source, title: 5 })).toEqual([
      'f.json › $.title: expected text, got number (a non-empty string or an object of translations with "en")',
    ]);
    expect(lines(Source, { ...source, side: 7 })).toEqual([
      'f.json › $.side: expected a country code or "third-party", got number (a country code of the pack such as "my", or "third-party")',
    ]);
  });

  it('follows the union branch the value was meant for', () => {
    expect(lines(Text, { en: 5 })).toEqual(['f.json › $.en: expected a string, got number']);
  });

  it('describes numbers that must be multiples', () => {
    const issue = {
      code: 'not_multiple_of' as const,
      divisor: 5,
      input: 7,
      path: ['n'],
      message: '',
    };
    expect(describeIssue('f.json', issue).map(formatProblem)).toEqual([
      'f.json › $.n: 7 is not a multiple of 5',
    ]);
  });
});
