import { describe, expect, it } from 'vitest';
import { isSlideMessage, slideMessage } from './presenter-sync';
import { formatElapsed } from './speaker-view';

describe('the presenter channel message', () => {
  it('names the deck and slide and who sent it', () => {
    const message = slideMessage('mine:my-deck', 3, 'abc');
    expect(message).toEqual({
      type: 'jambatan:slide',
      deck: 'mine:my-deck',
      slide: 3,
      sender: 'abc',
    });
    expect(isSlideMessage(message)).toBe(true);
  });

  it('ignores anything else on the channel', () => {
    for (const data of [
      null,
      'jambatan:slide',
      { type: 'jambatan:slide', deck: 'briefing', slide: 0, sender: 'x' },
      { type: 'jambatan:slide', deck: 'briefing', slide: 1.5, sender: 'x' },
      { type: 'jambatan:slide', deck: '', slide: 1, sender: 'x' },
      { type: 'jambatan:slide', deck: 'briefing', slide: 1 },
      { type: 'jambatan:resize', height: 3 },
    ])
      expect(isSlideMessage(data)).toBe(false);
  });
});

describe('the speaker timer', () => {
  it('shows minutes and seconds, and hours past the hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
