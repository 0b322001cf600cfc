import { describe, expect, it } from 'vitest';
import { embedLinkTarget, fullViewHash, parseEmbedOptions, withEmbedOptions } from './embed-params';
import { embedSnippet, embedUrl, hostScriptUrl } from './embed-snippet';

describe('embed parameters', () => {
  it('parses hide, theme and lang forgivingly', () => {
    expect(parseEmbedOptions('?hide=footer,nonsense,header&theme=dark&lang=ms')).toEqual({
      hide: ['header', 'footer'],
      theme: 'dark',
      lang: 'ms',
    });
    expect(parseEmbedOptions('?theme=purple&lang=%3Cscript%3E')).toEqual({
      hide: [],
      theme: 'auto',
      lang: 'en',
    });
  });

  it('writes the options into a view query, defaults left out', () => {
    expect(
      withEmbedOptions('?sector=automotive,digital&hide=header&pack=malaysia-china', {
        hide: ['controls', 'header'],
        theme: 'dark',
        lang: 'zh',
      }),
    ).toBe(
      '?sector=automotive,digital&pack=malaysia-china&hide=header,controls&theme=dark&lang=zh',
    );
    expect(withEmbedOptions('?theme=dark', { hide: [], theme: 'auto', lang: 'en' })).toBe('');
  });

  it('links to the full view without hide, keeping theme and language', () => {
    expect(fullViewHash('/embed/projects', '?sector=automotive&hide=controls&theme=dark')).toBe(
      '#/projects?sector=automotive&theme=dark',
    );
    expect(fullViewHash('/embed', '')).toBe('#/overview');
  });

  it('keeps view links inside the embed with replace, and sends the rest to a new tab', () => {
    expect(
      embedLinkTarget('/projects/ecrl', '?pack=malaysia-china', '?hide=header&theme=dark'),
    ).toEqual({
      to: '/embed/projects/ecrl?pack=malaysia-china&hide=header&theme=dark',
      replace: true,
    });
    expect(embedLinkTarget('/present/briefing/1', '', '?hide=header')).toEqual({
      open: '#/present/briefing/1',
    });
  });

  it('builds an absolute embed address and a snippet from a sub-folder', () => {
    const page = 'https://intranet.example/apps/jambatan/#/projects?sector=automotive';
    const src = embedUrl(page, '/projects', '?sector=automotive', {
      hide: ['header'],
      theme: 'light',
      lang: 'en',
    });
    expect(src).toBe(
      'https://intranet.example/apps/jambatan/index.html#/embed/projects?sector=automotive&hide=header&theme=light',
    );
    expect(hostScriptUrl('https://intranet.example/apps/jambatan/index.html#/x')).toBe(
      'https://intranet.example/apps/jambatan/embed.js',
    );
    const snippet = embedSnippet(src, 'Projects "A&B"', hostScriptUrl(page));
    // Correct HTML: the & of the query is written &amp; in the attribute.
    expect(snippet).toContain(`src="${src.replaceAll('&', '&amp;')}"`);
    expect(snippet).toContain('title="Projects &quot;A&amp;B&quot; — Jambatan"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-downloads"',
    );
    expect(snippet).toContain(
      '<script src="https://intranet.example/apps/jambatan/embed.js" async></script>',
    );
  });
});
