import type { DeckRecord, SlideRecord } from '@/data/schema';

/**
 * Changes to the reader's decks as pure functions of the list, so that the editor, the "add this
 * view" button and import share one tested set of rules.
 */
export type Decks = readonly DeckRecord[];

const DEFAULT_DECK_TITLE = 'My deck';

/** An id in the schema's form from a title: "Mes diapos 2" → "mes-diapos-2"; never empty. */
export function idFromTitle(title: string): string {
  const id = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return id || 'deck';
}

/** `wanted`, or `wanted-2`, `wanted-3`… when taken. */
export function uniqueId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n += 1;
  return `${wanted}-${n}`;
}

/** A title not yet used: "My deck", "My deck 2"… */
export function freshTitle(decks: Decks, base = DEFAULT_DECK_TITLE): string {
  const titles = new Set(decks.map((d) => titleOf(d)));
  if (!titles.has(base)) return base;
  let n = 2;
  while (titles.has(`${base} ${n}`)) n += 1;
  return `${base} ${n}`;
}

function titleOf(deck: DeckRecord): string {
  return typeof deck.title === 'string' ? deck.title : (deck.title.en ?? '');
}

/** Adds a deck, renaming its id if the reader already has one with that id. */
export function addDeck(decks: Decks, deck: DeckRecord): { decks: DeckRecord[]; id: string } {
  const id = uniqueId(deck.id, new Set(decks.map((d) => d.id)));
  return { decks: [...decks, { ...deck, id }], id };
}

/**
 * Appends a slide to the deck `deckId`, or to a new deck (titled `newTitle`, "My deck" in the
 * reader's language, numbered when taken) when `deckId` is null or unknown. Returns where it
 * went, for the confirmation.
 */
export function addSlide(
  decks: Decks,
  deckId: string | null,
  slide: SlideRecord,
  newTitle = DEFAULT_DECK_TITLE,
) {
  const target = decks.find((d) => d.id === deckId);
  if (target) {
    const updated = { ...target, slides: [...target.slides, slide] };
    return {
      decks: decks.map((d) => (d === target ? updated : d)),
      deck: updated,
      slideNumber: updated.slides.length,
    };
  }
  const title = freshTitle(decks, newTitle);
  const { decks: next, id } = addDeck(decks, { id: idFromTitle(title), title, slides: [slide] });
  return { decks: next, deck: next.find((d) => d.id === id)!, slideNumber: 1 };
}

export function updateDeck(
  decks: Decks,
  deckId: string,
  change: (deck: DeckRecord) => DeckRecord,
): DeckRecord[] {
  return decks.map((d) => (d.id === deckId ? change(d) : d));
}

/** Moves slide `index` by `delta` places; out-of-range moves change nothing. */
export function moveSlide(deck: DeckRecord, index: number, delta: number): DeckRecord {
  const to = index + delta;
  if (index < 0 || index >= deck.slides.length || to < 0 || to >= deck.slides.length) return deck;
  const slides = [...deck.slides];
  const [moved] = slides.splice(index, 1);
  slides.splice(to, 0, moved!);
  return { ...deck, slides };
}

/** Removes a slide; a deck keeps at least one (the schema's rule), so the last one stays. */
export function removeSlide(deck: DeckRecord, index: number): DeckRecord {
  if (deck.slides.length <= 1) return deck;
  return { ...deck, slides: deck.slides.filter((_, i) => i !== index) };
}

export function editSlide(
  deck: DeckRecord,
  index: number,
  change: Partial<Pick<SlideRecord, 'title' | 'notes'>>,
): DeckRecord {
  return {
    ...deck,
    slides: deck.slides.map((slide, i) => {
      if (i !== index) return slide;
      const next = { ...slide, ...change };
      // Empty notes are no notes; the schema does not allow an empty text.
      if (next.notes === '') delete next.notes;
      return next;
    }),
  };
}
