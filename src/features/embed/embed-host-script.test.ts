import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { isJambatanResize, resizeMessages } from './embed-messages';

const SCRIPT = readFileSync('public/embed.js', 'utf8');

describe('the embed messages', () => {
  it('posts Jambatan’s own message, the embed.ly/Medium string and AMP’s embed-size', () => {
    const [own, embedly, amp] = resizeMessages(
      812,
      '/projects',
      'https://x.example/apps/j/index.html#/embed/projects?q=secret+memo&sector=energy',
    );
    expect(own).toEqual({ type: 'jambatan:resize', height: 812, view: '/projects' });
    expect(typeof embedly).toBe('string');
    // What the reader searched for inside the embed never reaches the host page.
    expect(JSON.stringify([own, embedly, amp])).not.toMatch(/secret|energy|q=/);
    expect(JSON.parse(embedly as string)).toEqual({
      src: 'https://x.example/apps/j/index.html#/embed/projects',
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
  const HOME = 'https://intranet.example/apps/jambatan/';
  /** Runs the script as if loaded by `<script src>` from `src` (jsdom runs no external script). */
  const load = (src: string) => {
    const script = document.createElement('script');
    script.src = src;
    Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
    new Function(SCRIPT)();
    Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
  };
  const frame = (id: string) => document.getElementById(id) as HTMLIFrameElement;
  const post = (data: unknown, source: Window | null, origin = 'https://intranet.example') =>
    window.dispatchEvent(new MessageEvent('message', { data, source, origin }));

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
    document.body.innerHTML = `<iframe id="a" src="${HOME}index.html#/embed/trade"></iframe><iframe id="b" src="${HOME}index.html#/embed/projects"></iframe>`;
    load(`${HOME}embed.js`);
    load(`${HOME}embed.js`); // included twice by two snippets: still one listener

    post({ type: 'jambatan:resize', height: 432.2, view: '/trade' }, frame('b').contentWindow);
    expect(frame('b').style.height).toBe('433px');
    expect(frame('a').style.height).toBe('');

    const late = document.createElement('iframe');
    late.src = `${HOME}index.html#/embed/map`;
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

  it('sizes only iframes of its own installation, and only on messages from its origin', () => {
    document.body.innerHTML = [
      `<iframe id="ours" src="${HOME}index.html#/embed/trade"></iframe>`,
      // Another site's widget that posts Jambatan's message to grow itself.
      '<iframe id="stranger" src="https://ads.example/widget.html"></iframe>',
      // Same host, another folder whose name starts the same.
      '<iframe id="sibling" src="https://intranet.example/apps/jambatan-old/index.html"></iframe>',
    ].join('');
    load(`${HOME}embed.js`);
    const resize = { type: 'jambatan:resize', height: 4321, view: '/trade' };

    post(resize, frame('stranger').contentWindow, 'https://ads.example');
    post(resize, frame('stranger').contentWindow);
    post(resize, frame('sibling').contentWindow);
    // Our own iframe's window, but the message claims another origin: not from our app.
    post(resize, frame('ours').contentWindow, 'https://ads.example');
    expect(frame('stranger').style.height).toBe('');
    expect(frame('sibling').style.height).toBe('');
    expect(frame('ours').style.height).toBe('');

    post(resize, frame('ours').contentWindow);
    expect(frame('ours').style.height).toBe('4321px');
  });

  it('two installations on one page each size their own iframes', () => {
    const other = 'https://intranet.example/apps/other-desk/';
    document.body.innerHTML = `<iframe id="a" src="${HOME}index.html#/embed/trade"></iframe><iframe id="b" src="${other}index.html#/embed/map"></iframe>`;
    load(`${HOME}embed.js`);
    load(`${other}embed.js`);
    post({ type: 'jambatan:resize', height: 300, view: '/map' }, frame('b').contentWindow);
    expect(frame('b').style.height).toBe('300px');
  });
});
