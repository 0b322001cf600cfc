import { describe, expect, it } from 'vitest';
import type { DeckRecord } from '@/data/schema';
import { textsFor } from '../../../tests/support/texts-for';
import { decodeDeck, encodeDeck, sharedDeckKey, sharedDeckPath } from './share-link';

const { t } = await textsFor('en');

const deck: DeckRecord = {
  id: 'briefing-cn',
  title: { en: 'Briefing — 简报 ✓', zh: '马来西亚–中国简报' },
  description: 'Ringkasan hubungan Malaysia–China 🇲🇾🇨🇳',
  slides: [
    { view: '/projects', query: 'sector=automotive&q=%E5%90%89%E5%88%A9', title: 'Kereta «EV»' },
    {
      view: '/timeline',
      title: 'Garis masa',
      notes: 'Line one\nline two — “quoted” & <b>not html</b>',
    },
  ],
};

describe('a deck carried in a link', () => {
  it('round-trips Unicode titles and notes through URL-safe base64', () => {
    const payload = encodeDeck(deck);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDeck(payload, t)).toEqual({ ok: true, deck });
    expect(sharedDeckPath(deck)).toBe(`/shared-deck/${payload}`);
  });

  it('refuses a cut or altered link in words, never throws', () => {
    const payload = encodeDeck(deck);
    for (const broken of [payload.slice(0, 40), '%%%', '', '____']) {
      const check = decodeDeck(broken, t);
      expect(check.ok).toBe(false);
      expect(!check.ok && check.problems[0]).toMatch(/cut short or was changed|the shared link/);
    }
    const notADeck = encodeDeck({ ...deck, slides: [] } as DeckRecord);
    expect(decodeDeck(notADeck, t)).toEqual({
      ok: false,
      problems: ['the shared link › $.slides: too short: needs at least 1 item'],
    });
  });

  it('refuses a link too long to hold a deck before decoding it, at once', () => {
    const started = performance.now();
    const check = decodeDeck('A'.repeat(5_000_000), t);
    expect(performance.now() - started).toBeLessThan(50);
    expect(check).toEqual({
      ok: false,
      problems: [expect.stringMatching(/too long to hold a deck/)],
    });
  });

  it('keys a payload stably and briefly', () => {
    const payload = encodeDeck(deck);
    expect(sharedDeckKey(payload)).toBe(sharedDeckKey(payload));
    expect(sharedDeckKey(payload)).toMatch(/^[a-z0-9]{1,7}$/);
    expect(sharedDeckKey(payload)).not.toBe(sharedDeckKey(`${payload}A`));
  });
});
