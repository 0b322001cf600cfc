/**
 * The rendering layer on its own: the schema refuses non-http(s) URLs, but a component must stay
 * safe whatever it is given (a future field, a pack loaded by another tool). No unsafe URL may
 * become a link; it is shown as text instead.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoteList } from '../../src/components/sources/note-list';
import { SourceList, type SourceLike } from '../../src/components/sources/source-list';
import { ValueCompare } from '../../src/components/sources/value-compare';
import { SourceLinks } from '../../src/features/trade/source-links';

const UNSAFE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&colon;alert(1)',
  'java&#115;cript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '  data:,x',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/0f1e',
  '//evil.example/path',
  '/relative/path',
  'not a url',
];
const SAFE = ['https://example.org/a', 'http://example.org/b', 'mailto:desk@example.org'];

const sources = (urls: string[]): SourceLike[] =>
  urls.map((url, i) => ({ url, publisher: `Publisher ${i}`, side: 'xa' }));
const sideNames = { xa: 'Country A' };

/** Every link in the rendered output: only http(s) and mailto, external ones in a new tab. */
function expectOnlySafeLinks(container: HTMLElement, safeCount: number) {
  const links = [...container.querySelectorAll('a')];
  expect(links).toHaveLength(safeCount);
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    expect(href, href).toMatch(/^(https?:\/\/|mailto:)/);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  }
}

describe('links from pack data', () => {
  const all = sources([...UNSAFE, ...SAFE]);

  it('SourceList links only http(s) and mailto, and shows the rest as text', () => {
    const { container } = render(<SourceList sources={all} sideNames={sideNames} />);
    expectOnlySafeLinks(container, SAFE.length);
    // An unsafe address is still shown, as text, marked as not a link.
    const shown = container.textContent ?? '';
    expect(shown).toContain('javascript:alert(1) (not a web link)');
    expect(shown).toContain('data:text/html,<script>alert(1)</script> (not a web link)');
    expect(shown).toContain('vbscript:msgbox(1) (not a web link)');
  });

  it('ValueCompare links only safe sources of each figure', () => {
    const money = (urls: string[]) => ({ amount: 1, currency: 'USD', sources: sources(urls) });
    const { container } = render(
      <ValueCompare
        value={{
          main: money([...UNSAFE.slice(0, 9), SAFE[0]!]),
          alternatives: [money([...UNSAFE.slice(9), SAFE[1]!, SAFE[2]!])],
        }}
        sideNames={sideNames}
      />,
    );
    expectOnlySafeLinks(container, SAFE.length);
    expect(container.textContent).toContain('Publisher 0 (Country A source)');
  });

  it('NoteList links only safe sources of each note', () => {
    const { container } = render(
      <NoteList notes={[{ text: 'A note', sources: all }]} sideNames={sideNames} />,
    );
    expectOnlySafeLinks(container, SAFE.length);
    expect(container.textContent).toContain('Publisher 0 (Country A source)');
  });

  it("the trade view's source links do the same", () => {
    const { container } = render(<SourceLinks sources={all} sideNames={sideNames} />);
    expectOnlySafeLinks(container, SAFE.length);
  });

  it('never renders text from the data as markup', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const { container } = render(
      <NoteList
        notes={[{ text: hostile, sources: [{ url: SAFE[0]!, publisher: hostile, side: 'xa' }] }]}
        sideNames={sideNames}
      />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toContain(hostile);
  });
});
