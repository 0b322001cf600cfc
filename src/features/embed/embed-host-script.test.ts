import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { isJambatanResize, resizeMessages } from './embed-messages';

const SCRIPT = readFileSync('public/embed.js', 'utf8');

describe('the embed messages', () => {
  it('posts Jambatan’s own message, the embed.ly/Medium string and AMP’s embed-size', () => {
    const [own, embedly, amp] = resizeMessages(
      812,
      '/projects',
      'https://x.example/#/embed/projects',
    );
    expect(own).toEqual({ type: 'jambatan:resize', height: 812, view: '/projects' });
    expect(typeof embedly).toBe('string');
    expect(JSON.parse(embedly as string)).toEqual({
      src: 'https://x.example/#/embed/projects',
      context: 'iframe.resize',
      height: 812,
    });
    expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 812 });
    expect(isJambatanResize(own)).toBe(true);
    expect(isJambatanResize(amp)).toBe(false);
    expect(isJambatanResize(embedly)).toBe(false);
    expect(isJambatanResize({ type: 'jambatan:resize', height: Number.NaN })).toBe(false);
  });
});

describe('public/embed.js', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    delete (window as unknown as Record<string, unknown>).jambatanEmbed;
  });

  it('stays within 2 KB and uses no syntax newer than ES5', () => {
    expect(Buffer.byteLength(SCRIPT)).toBeLessThanOrEqual(2048);
    const code = SCRIPT.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/=>|\bconst\b|\blet\b|`|\bclass\b|\.\.\.|\?\.|\?\?/);
    expect(code).not.toMatch(/\bimport\b|\brequire\(/);
  });

  it('sizes the iframe a message came from, including iframes added later, and nothing else', () => {
    document.body.innerHTML = '<iframe id="a"></iframe><iframe id="b"></iframe>';
    new Function(SCRIPT)();
    new Function(SCRIPT)(); // included twice by two snippets: still one listener
    const frame = (id: string) => document.getElementById(id) as HTMLIFrameElement;
    const post = (data: unknown, source: Window | null) =>
      window.dispatchEvent(new MessageEvent('message', { data, source }));

    post({ type: 'jambatan:resize', height: 432.2, view: '/trade' }, frame('b').contentWindow);
    expect(frame('b').style.height).toBe('433px');
    expect(frame('a').style.height).toBe('');

    const late = document.createElement('iframe');
    document.body.append(late);
    post({ type: 'jambatan:resize', height: 700, view: '/projects' }, late.contentWindow);
    expect(late.style.height).toBe('700px');

    // Other formats, bad heights and windows that are not iframes of this page are ignored.
    post({ sentinel: 'amp', type: 'embed-size', height: 50 }, frame('a').contentWindow);
    post(JSON.stringify({ context: 'iframe.resize', height: 50 }), frame('a').contentWindow);
    post({ type: 'jambatan:resize', height: -5 }, frame('a').contentWindow);
    post({ type: 'jambatan:resize', height: '90' }, frame('a').contentWindow);
    post({ type: 'jambatan:resize', height: 90 }, window);
    post({ type: 'jambatan:resize', height: 90 }, null);
    expect(frame('a').style.height).toBe('');
    expect(frame('b').style.height).toBe('433px');
  });
});
