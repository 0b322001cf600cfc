/**
 * How big a presenter deck may be. Decks also arrive from strangers (a shared link, an imported
 * file), so every size is bounded before anything is decoded or validated: an oversized input is
 * refused in one line rather than stalling the page or overflowing the validator's stack. The
 * field caps are part of the Deck schema, so `npm run data:check` and the app agree on them; the
 * largest pack deck today has 10 slides and notes of under 400 characters.
 */
export const DECK_LIMITS = {
  /** Characters of a shared link's payload (`#/shared-deck/<payload>`, base64url of UTF-8 JSON). */
  linkChars: 65_536,
  /** Bytes of a deck file chosen for import. */
  fileBytes: 1_000_000,
  /** Slides in one deck. */
  slides: 200,
  /** Characters of a slide's view route. */
  viewChars: 200,
  /** Characters of a slide's query string. */
  queryChars: 2_000,
  /** Characters of a deck or slide title (in each language). */
  titleChars: 300,
  /** Characters of a deck's description (in each language). */
  descriptionChars: 2_000,
  /** Characters of a slide's speaker notes (in each language). */
  notesChars: 5_000,
} as const;
