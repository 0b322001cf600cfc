import { describe, expect, it } from 'vitest';
import {
  ASK_MESSAGE,
  isAskMessage,
  parseSourcesMessage,
  SOURCE_LIMITS,
  sourcesMessage,
  toSharedSources,
} from './sources-message';

const source = (n: number, extra: Record<string, unknown> = {}) => ({
  url: `https://news.example.my/story-${n}`,
  publisher: 'Malay Mail',
  date: '2025-04-16',
  side: 'my',
  ...extra,
});
const message = (extra: Record<string, unknown> = {}) => ({
  type: 'jambatan:sources',
  deck: 'briefing',
  slide: 4,
  sources: [source(1), { url: 'http://example.cn/a', publisher: 'Xinhua', side: 'third-party' }],
  total: 2,
  ...extra,
});

describe('the sources the audience window sends', () => {
  it('are distinct, keep what the speaker shows, and pass its checks', () => {
    const shared = toSharedSources([
      { ...source(1), note: 'what it supports', title: 'Not sent' } as never,
      source(1),
      source(2, { reliability: 'lower' }),
    ]);
    expect(shared).toEqual({
      sources: [source(1), source(2, { reliability: 'lower' })],
      total: 2,
    });
    const sent = sourcesMessage('briefing', 4, shared);
    expect(parseSourcesMessage(structuredClone(sent))).toEqual(sent);
  });

  it('leave out what a reader would refuse, and say how many there were', () => {
    const many = Array.from({ length: SOURCE_LIMITS.sources + 20 }, (_, n) => source(n));
    const shared = toSharedSources([
      source(-1, { url: 'javascript:alert(1)' }),
      source(-2, { publisher: 'x'.repeat(5_000) }),
      ...many,
    ]);
    expect(shared.sources).toHaveLength(SOURCE_LIMITS.sources);
    expect(shared.sources[0]!.publisher).toHaveLength(SOURCE_LIMITS.publisherChars);
    expect(shared.total).toBe(many.length + 2);
    expect(parseSourcesMessage(sourcesMessage('briefing', 1, shared))).not.toBeNull();
  });
});

describe('a sources message read from the channel', () => {
  it('is taken when every field is in bounds', () => {
    expect(parseSourcesMessage(message())).toEqual(message());
    const lower = source(3, { reliability: 'lower', side: 'cn' });
    expect(parseSourcesMessage(message({ sources: [lower], total: 9 }))?.sources).toEqual([lower]);
    expect(parseSourcesMessage(message({ sources: [], total: 0 }))).not.toBeNull();
  });

  it('is dropped whole when anything is off', () => {
    const tooMany = Array.from({ length: SOURCE_LIMITS.sources + 1 }, (_, n) => source(n));
    for (const data of [
      null,
      'jambatan:sources',
      [message()],
      message({ type: 'jambatan:slide' }),
      message({ deck: '' }),
      message({ deck: 'd'.repeat(201) }),
      message({ slide: 0 }),
      message({ slide: 2.5 }),
      message({ slide: '4' }),
      message({ sources: 'https://example.com' }),
      message({ sources: tooMany, total: tooMany.length }),
      message({ total: 1 }),
      message({ total: -1 }),
      message({ total: SOURCE_LIMITS.total + 1 }),
      message({ extra: true }),
      message({ sources: [source(1, { url: 'javascript:alert(1)//.x' })] }),
      message({ sources: [source(1, { url: 'data:text/html,<script>1</script>' })] }),
      message({ sources: [source(1, { url: 'mailto:someone@example.com' })] }),
      message({ sources: [source(1, { url: `https://example.com/${'a'.repeat(2_000)}` })] }),
      message({ sources: [source(1, { publisher: '' })] }),
      message({ sources: [source(1, { publisher: 'p'.repeat(201) })] }),
      message({ sources: [source(1, { publisher: 42 })] }),
      message({ sources: [source(1, { side: 'Malaysia' })] }),
      message({ sources: [source(1, { date: '16 April 2025' })] }),
      message({ sources: [source(1, { reliability: 'high' })] }),
      message({ sources: [source(1, { onclick: 'alert(1)' })] }),
      message({ sources: [null] }),
    ])
      expect(parseSourcesMessage(data), JSON.stringify(data)?.slice(0, 120)).toBeNull();
  });
});

describe('the ask of a speaker window that opens', () => {
  it('is recognised by its type alone', () => {
    expect(isAskMessage(ASK_MESSAGE)).toBe(true);
    expect(isAskMessage(structuredClone(ASK_MESSAGE))).toBe(true);
    for (const data of [null, 'jambatan:ask', { type: 'jambatan:slide' }, message()])
      expect(isAskMessage(data)).toBe(false);
  });
});
