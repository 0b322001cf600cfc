import * as z from 'zod/mini';
import type { SourceLike } from '@/components/sources/source-list';
import { DECK_LIMITS } from '@/data/deck-limits';
import { CountryCode, HttpUrl, PartialDate } from '@/data/schema';
import { safeHref } from '@/lib/safe-url';
import { DECK_REF_CHARS } from './presenter-sync';

/**
 * The sources of the slide on screen, from the audience window to its speaker windows, on the
 * presenter channel (presenter-sync.ts). Anything on this origin can post on that channel, so a
 * message is read as untrusted input: its size is bounded before it is parsed, every field is
 * checked, links are http(s) only, and a message that breaks any rule is dropped whole.
 *
 * - `{ type: 'jambatan:ask' }`: a speaker window has opened and asks what the slide shows now.
 * - `{ type: 'jambatan:sources', deck, slide, sources, total }`: the sources of that slide, the
 *   first SOURCE_LIMITS.sources of `total` distinct ones. It never moves a window: a speaker
 *   window shows them while it is on that slide.
 */
export const SOURCE_LIMITS = {
  /** Sources in one message; a slide of a whole pack's projects may cite more ("and N more"). */
  sources: 250,
  /** The count a message may claim (`total`). */
  total: 1_000_000,
  urlChars: 2_000,
  publisherChars: 200,
} as const;

/** A link the speaker window may show as a link: http(s) as the app's safe-URL check reads it. */
function isWebLink(url: string): boolean {
  const href = safeHref(url);
  return href !== null && /^https?:/.test(href);
}

const SharedSource = z.strictObject({
  url: HttpUrl.check(z.maxLength(SOURCE_LIMITS.urlChars), z.refine(isWebLink)),
  publisher: z.string().check(z.minLength(1), z.maxLength(SOURCE_LIMITS.publisherChars)),
  date: z.optional(PartialDate),
  side: z.union([CountryCode, z.literal('third-party')]),
  reliability: z.optional(z.literal('lower')),
});
type SharedSource = z.infer<typeof SharedSource>;

const SourcesMessage = z.strictObject({
  type: z.literal('jambatan:sources'),
  /** The deck as it appears in URLs, as in a slide message. */
  deck: z.string().check(z.minLength(1), z.maxLength(DECK_REF_CHARS)),
  slide: z.int().check(z.gte(1), z.lte(DECK_LIMITS.slides)),
  sources: z.array(SharedSource).check(z.maxLength(SOURCE_LIMITS.sources)),
  total: z.int().check(z.gte(0), z.lte(SOURCE_LIMITS.total)),
});
export type SourcesMessage = z.infer<typeof SourcesMessage>;

/** The sources a slide shows, as a message carries them: distinct, checked, the first few hundred. */
export interface SharedSources {
  sources: SharedSource[];
  total: number;
}

/** What the audience window sends of a slide's sources: those that pass the reader's checks. */
export function toSharedSources(sources: readonly SourceLike[]): SharedSources {
  const seen = new Set<string>();
  const shared: SharedSource[] = [];
  for (const { url, publisher, date, side, reliability } of sources) {
    if (seen.has(url)) continue;
    seen.add(url);
    if (shared.length === SOURCE_LIMITS.sources) continue;
    const source = {
      url,
      publisher: publisher.slice(0, SOURCE_LIMITS.publisherChars),
      side,
      ...(date !== undefined && { date }),
      ...(reliability !== undefined && { reliability }),
    };
    if (SharedSource.safeParse(source).success) shared.push(source as SharedSource);
  }
  return { sources: shared, total: Math.max(seen.size, shared.length) };
}

export function sourcesMessage(deck: string, slide: number, shared: SharedSources): SourcesMessage {
  return { type: 'jambatan:sources', deck, slide, ...shared };
}

/** A sources message as sent, or null for anything else (malformed, oversized, foreign). */
export function parseSourcesMessage(data: unknown): SourcesMessage | null {
  if (!data || typeof data !== 'object') return null;
  const { type, sources } = data as Record<string, unknown>;
  // Cheap checks first: an oversized list is refused before any of it is parsed.
  if (type !== 'jambatan:sources' || !Array.isArray(sources)) return null;
  if (sources.length > SOURCE_LIMITS.sources) return null;
  const parsed = SourcesMessage.safeParse(data);
  if (!parsed.success || parsed.data.total < parsed.data.sources.length) return null;
  return parsed.data;
}

export const ASK_MESSAGE = { type: 'jambatan:ask' } as const;

export function isAskMessage(data: unknown): boolean {
  return !!data && typeof data === 'object' && (data as { type?: unknown }).type === 'jambatan:ask';
}
