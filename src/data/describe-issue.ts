/**
 * Turns zod issues into curator-facing problems. zod/mini issues carry codes rather than
 * messages (the English locale is not bundled), and the schema names its regex and refine checks
 * with short keys ('id', 'date-real', …): the wording for curators lives here, in one place.
 */
import type { core } from 'zod/mini';
import { jsonTypeOf, quoteValue, type Problem } from './problems';

type Issue = core.$ZodIssue;
type Path = (string | number)[];

const TEXT_EXPECTED = 'a non-empty string or an object of translations with "en"';
const DATE_EXPECTED = 'a date such as 2017, 2017-06 or 2017-06-24';

/** Message and expectation for the schema's named checks, given the offending value. */
const NAMED_CHECKS: Record<string, (value: string) => [string, string]> = {
  id: (v) => [
    `${v} is not a valid id`,
    'lower-case letters, digits and single hyphens, such as "east-coast-rail"',
  ],
  'date-format': (v) => [
    `${v} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`,
    DATE_EXPECTED,
  ],
  'date-real': (v) => [`${v} is not a real calendar date`, DATE_EXPECTED],
  lang: (v) => [`${v} is not a language tag`, 'a tag such as "en", "ms", "zh" or "zh-Hans"'],
  'text-en': () => ['the translations have no English text', 'an object of translations with "en"'],
  currency: (v) => [
    `${v} is not a currency code`,
    'a three-letter ISO 4217 code in capitals, such as "MYR", "USD" or "CNY"',
  ],
  country: (v) => [
    `${v} is not a country code`,
    'a lower-case two-letter code such as "my" or "cn"',
  ],
  'http-url': (v) => [`${v} is not an http(s) address`, 'a URL starting with http:// or https://'],
  semver: (v) => [`${v} is not a version number`, 'three numbers such as "1.0.0"'],
  view: (v) => [`${v} is not a view route`, 'a path such as "/overview" or "/projects/ecrl"'],
};

/** Fields typed as "a pack country or one fixed word" explain that choice, not just the code. */
const CODE_OR_WORD: Record<string, string> = {
  side: 'a country code of the pack such as "my", or "third-party"',
  reporter: 'a country code of the pack such as "my", or "other"',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  tuple: 'an array',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/**
 * All issues of one parse. A date in the wrong form also fails the calendar check; only the
 * first, more telling, problem is kept.
 */
export function describeIssues(file: string, issues: readonly Issue[]): Problem[] {
  const wrongForm = new Set(
    issues.filter((i) => i.message === 'date-format').map((i) => i.path.join('\u0000')),
  );
  return issues
    .filter((i) => !(i.message === 'date-real' && wrongForm.has(i.path.join('\u0000'))))
    .flatMap((issue) => describeIssue(file, issue));
}

export function describeIssue(file: string, issue: Issue, base: Path = []): Problem[] {
  const path = [...base, ...(issue.path as Path)];
  const problem = (message: string, expected?: string): Problem[] => [
    expected === undefined ? { file, path, message } : { file, path, message, expected },
  ];
  const field = path[path.length - 1];
  const missing = issue.input === undefined && typeof field === 'string';
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (missing) return problem(`missing required field "${field}"`, wanted);
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return problem(`expected a whole number, got ${issue.input}`);
      }
      return problem(`expected ${wanted}, got ${jsonTypeOf(issue.input)}`);
    }
    case 'invalid_format':
    case 'custom':
      return problem(...namedCheck(issue.message, issue.input, field));
    case 'too_small':
    case 'too_big':
      return problem(...sizeMessage(issue));
    case 'invalid_value': {
      const shown = issue.values.map((v) => (typeof v === 'string' ? v : String(v)));
      const expected =
        shown.length === 1
          ? `exactly ${quoteValue(issue.values[0])}`
          : `one of: ${shown.join(', ')}`;
      return problem(`unknown value ${quoteValue(issue.input)}`, expected);
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        file,
        path: [...path, key],
        message: `unknown field ${quoteValue(key)}`,
        expected: 'remove it or check its spelling',
      }));
    case 'invalid_key':
      // A translation key such as "EN": the nested issue says what is wrong with the key itself.
      return issue.issues.flatMap((inner) =>
        describeIssue(file, { ...inner, input: issue.input, path: [] } as Issue, path),
      );
    case 'invalid_union':
      return describeUnion(file, issue, path, field, missing);
    case 'not_multiple_of':
      return problem(`${quoteValue(issue.input)} is not a multiple of ${issue.divisor}`);
    default:
      return problem('is not valid');
  }
}

function namedCheck(
  key: string,
  input: unknown,
  field: string | number | undefined,
): [string, string | undefined] {
  const describe = NAMED_CHECKS[key];
  if (!describe) return [`${quoteValue(input)} is not valid`, undefined];
  const [message, expected] = describe(quoteValue(input));
  const override = key === 'country' && typeof field === 'string' ? CODE_OR_WORD[field] : undefined;
  return [message, override ?? expected];
}

function sizeMessage(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
): [string, string | undefined] {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (issue.origin === 'array' || issue.origin === 'string') {
    const unit = issue.origin === 'array' ? 'item' : 'character';
    const bound = issue.exact ? 'exactly' : small ? 'at least' : 'at most';
    return [`too ${small ? 'short' : 'long'}: needs ${bound} ${plural(limit, unit)}`, undefined];
  }
  const op = small
    ? issue.inclusive === false
      ? '>'
      : '≥'
    : issue.inclusive === false
      ? '<'
      : '≤';
  return [
    `${quoteValue(issue.input)} is too ${small ? 'small' : 'large'}`,
    `a number ${op} ${limit}`,
  ];
}

/**
 * A union fails with one error list per branch. When every branch failed on the value's type the
 * curator needs one summary of the choices; when a branch got further (the value had the right
 * shape), that branch's own issues say precisely what is wrong.
 */
function describeUnion(
  file: string,
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: Path,
  field: string | number | undefined,
  missing: boolean,
): Problem[] {
  const branches = issue.errors;
  const isTypeMiss = (i: Issue) =>
    i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value');
  const deeper = branches.filter((errors) => errors.length > 0 && !errors.every(isTypeMiss));
  if (deeper.length > 0) {
    const best = deeper.reduce((a, b) => (b.length < a.length ? b : a));
    return best.flatMap((inner) => describeIssue(file, inner, path));
  }
  const [short, expected] = unionExpectation(branches, field);
  if (missing) return [{ file, path, message: `missing required field "${field}"`, expected }];
  return [{ file, path, message: `expected ${short}, got ${jsonTypeOf(issue.input)}`, expected }];
}

/** A short name for the message and a fuller description for the "(expected)" part. */
function unionExpectation(
  branches: Issue[][],
  field: string | number | undefined,
): [string, string] {
  const issues = branches.flat();
  const types = issues.map((i) => (i.code === 'invalid_type' ? i.expected : ''));
  if (types.includes('string') && types.includes('record')) return ['text', TEXT_EXPECTED];
  const codeOrWord = typeof field === 'string' ? CODE_OR_WORD[field] : undefined;
  if (codeOrWord) return [codeOrWord.replace(' of the pack such as "my",', ''), codeOrWord];
  const names = issues.map((i) =>
    i.code === 'invalid_value'
      ? i.values.map((v) => quoteValue(v)).join(' or ')
      : (TYPE_NAMES[i.code === 'invalid_type' ? i.expected : ''] ?? 'a valid value'),
  );
  const choice = [...new Set(names)].join(' or ');
  return [choice, choice];
}
