import { describe, expect, it } from 'vitest';
import type { DeckRecord } from '@/data/schema';
import {
  addDeck,
  addSlide,
  editSlide,
  freshTitle,
  idFromTitle,
  moveSlide,
  removeSlide,
  uniqueId,
} from './deck-ops';

const slide = (title: string) => ({ view: '/overview', title });
const deck: DeckRecord = { id: 'd', title: 'D', slides: [slide('A'), slide('B'), slide('C')] };

describe('deck changes', () => {
  it('starts "My deck" on the first add, then appends to the chosen deck', () => {
    const first = addSlide([], null, slide('A'));
    expect(first.deck).toEqual({ id: 'my-deck', title: 'My deck', slides: [slide('A')] });
    expect(first.slideNumber).toBe(1);
    const second = addSlide(first.decks, 'my-deck', slide('B'));
    expect(second.decks).toHaveLength(1);
    expect(second.slideNumber).toBe(2);
    const other = addSlide(second.decks, null, slide('C'));
    expect(other.deck).toMatchObject({ id: 'my-deck-2', title: 'My deck 2' });
  });

  it('moves, removes (keeping one slide) and annotates slides', () => {
    const titles = (d: DeckRecord) => d.slides.map((s) => s.title);
    expect(titles(moveSlide(deck, 2, -1))).toEqual(['A', 'C', 'B']);
    expect(titles(moveSlide(deck, 0, 1))).toEqual(['B', 'A', 'C']);
    expect(moveSlide(deck, 0, -1)).toBe(deck);
    expect(moveSlide(deck, 2, 1)).toBe(deck);
    expect(titles(removeSlide(deck, 1))).toEqual(['A', 'C']);
    const one = { ...deck, slides: [slide('A')] };
    expect(removeSlide(one, 0)).toBe(one);
    const noted = editSlide(deck, 0, { notes: 'Say this' });
    expect(noted.slides[0]).toEqual({ ...slide('A'), notes: 'Say this' });
    expect(editSlide(noted, 0, { notes: '' }).slides[0]).toEqual(slide('A'));
  });

  it('makes ids in the schema’s form and never reuses one', () => {
    expect(idFromTitle('Présentation — Q3 2025!')).toBe('presentation-q3-2025');
    expect(idFromTitle('简报')).toBe('deck');
    expect(uniqueId('deck', new Set(['deck', 'deck-2']))).toBe('deck-3');
    expect(freshTitle([{ ...deck, title: 'My deck' }])).toBe('My deck 2');
    expect(addDeck([deck], { ...deck, title: 'Copy' }).id).toBe('d-2');
  });
});
