import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-url';

describe('safeHref', () => {
  it('allows http, https and mailto only', () => {
    expect(safeHref('https://www.malaymail.com/x')).toBe('https://www.malaymail.com/x');
    expect(safeHref('mailto:desk@example.org')).toBe('mailto:desk@example.org');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });
});
