import { describe, expect, it } from 'vitest';
import {
  audiencePresentation,
  isSlideMessage,
  newPresentationId,
  presenterChannel,
  slideMessage,
  speakerPresentation,
} from './presenter-sync';
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

describe('the presenter channel', () => {
  it('is scoped to one presentation and to the path the app is installed at', () => {
    const a = newPresentationId();
    const b = newPresentationId();
    expect(a).not.toBe(b);
    expect(presenterChannel(a, '/jambatan/')).not.toBe(presenterChannel(b, '/jambatan/'));
    expect(presenterChannel(a, '/jambatan/')).not.toBe(presenterChannel(a, '/other/'));
    expect(presenterChannel(a, '/jambatan/')).toBe(presenterChannel(a, '/jambatan/'));
  });

  it('keeps an audience tab on its own presentation across reloads', () => {
    window.sessionStorage.clear();
    const first = audiencePresentation();
    expect(audiencePresentation()).toBe(first);
    window.sessionStorage.clear();
    expect(audiencePresentation()).not.toBe(first);
  });

  it('reads the presentation from a speaker URL, ignoring anything malformed', () => {
    const id = newPresentationId();
    expect(speakerPresentation(`?lang=ms&presentation=${id}`)).toBe(id);
    for (const bad of ['', '?presentation=', '?presentation=a', '?presentation=../x%20y'])
      expect(speakerPresentation(bad)).toBeUndefined();
  });
});
