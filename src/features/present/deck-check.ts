import * as z from 'zod/mini';
import { DECK_LIMITS } from '@/data/deck-limits';
import { describeIssue, describeIssues } from '@/data/describe-issue';
import { SLIDE_ROUTES, slideViewTarget } from '@/data/cross-check-rules';
import { formatProblem, type Problem } from '@/data/problems';
import { Deck, Slide, type DeckRecord } from '@/data/schema';
import { MAX_LISTED_PROBLEMS } from '@/data/json-limits';
import { slideQuery } from './slide-query';

export type DeckCheck = { ok: true; deck: DeckRecord } | { ok: false; problems: string[] };

/**
 * Checks a value against the pack's Deck schema, and its slide views against the views the app
 * has, as data:check checks a pack's decks; problems are worded as data:check words them (in
 * English, as on the command line). Decks also come from strangers, so nothing here may throw
 * or grow without bound: too many slides are refused before validating them, thousands of
 * problems are summed up in one line before the first ones (spreading 120,000 of them into a list
 * overflowed the stack), and should validation itself fail the reader is told so, too.
 */
export function checkDeck(value: unknown, label: string): DeckCheck {
  const tooMany = tooManySlides(value, label);
  if (tooMany) return { ok: false, problems: [formatProblem(tooMany)] };
  let problems: Problem[];
  let deck: DeckRecord | undefined;
  try {
    const result = z.safeParse(Deck, value, { reportInput: true });
    deck = result.success ? result.data : undefined;
    problems = result.success
      ? viewProblems(result.data, label)
      : describeIssues(label, result.error.issues);
  } catch {
    return { ok: false, problems: firstProblems(value, label) };
  }
  if (problems.length > TOO_MANY_PROBLEMS)
    return {
      ok: false,
      problems: [
        tooManyProblems(label, problems.length),
        ...problems.slice(0, MAX_LISTED_PROBLEMS),
      ].map(formatProblem),
    };
  if (problems.length > 0 || !deck) return { ok: false, problems: problems.map(formatProblem) };
  return { ok: true, deck: withoutSettings(deck) };
}

/** More problems than anyone reads: the deck is not one to fix by hand, and lists are costly. */
const TOO_MANY_PROBLEMS = 1_000;

function tooManyProblems(file: string, count?: number): Problem {
  const many = count === undefined ? 'too many problems' : `${count.toLocaleString('en')} problems`;
  return { file, path: [], message: `${many} to list them all`, expected: 'a smaller deck' };
}

function tooManySlides(value: unknown, file: string): Problem | undefined {
  const slides = value && typeof value === 'object' && (value as { slides?: unknown }).slides;
  if (!Array.isArray(slides) || slides.length <= DECK_LIMITS.slides) return undefined;
  return {
    file,
    path: ['slides'],
    message: `too long: ${slides.length.toLocaleString('en')} slides`,
    expected: `at most ${DECK_LIMITS.slides} slides`,
  };
}

function viewProblems(deck: DeckRecord, file: string): Problem[] {
  return deck.slides.flatMap((slide, s): Problem[] =>
    slideViewTarget(slide.view)
      ? []
      : [
          {
            file,
            path: ['slides', s, 'view'],
            message: `unknown view "${slide.view}"`,
            expected: `one of ${SLIDE_ROUTES}`,
          },
        ],
  );
}

/** A slide's query keeps its filters only: see slide-query.ts. */
function withoutSettings(deck: DeckRecord): DeckRecord {
  const slides = deck.slides.map(({ query, ...slide }) => {
    const kept = query === undefined ? '' : slideQuery(query);
    return kept ? { ...slide, query: kept } : slide;
  });
  return { ...deck, slides };
}

/**
 * When the whole deck cannot be validated at once: the deck without its slides, then slide by
 * slide, until there are enough problems to start fixing. A part that still cannot be validated
 * is named as such.
 */
function firstProblems(value: unknown, file: string): string[] {
  const problems: Problem[] = [tooManyProblems(file)];
  if (!value || typeof value !== 'object') return problems.map(formatProblem);
  const { slides, ...rest } = value as Record<string, unknown>;
  const parts: [z.ZodMiniType, unknown, (string | number)[]][] = [
    [z.omit(Deck, { slides: true }), rest, []],
    ...(Array.isArray(slides) ? slides : []).map(
      (slide: unknown, s): [z.ZodMiniType, unknown, (string | number)[]] => [
        Slide,
        slide,
        ['slides', s],
      ],
    ),
  ];
  for (const [schema, part, path] of parts) {
    if (problems.length > MAX_LISTED_PROBLEMS) break;
    try {
      const result = z.safeParse(schema, part, { reportInput: true });
      const issues = result.success ? [] : result.error.issues.slice(0, MAX_LISTED_PROBLEMS);
      for (const issue of issues) problems.push(...describeIssue(file, issue, path).slice(0, 1));
    } catch {
      problems.push({ ...tooManyProblems(file), path });
    }
  }
  return problems.slice(0, MAX_LISTED_PROBLEMS + 1).map(formatProblem);
}
