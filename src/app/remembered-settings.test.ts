import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberSetting, withRememberedSettings } from './remembered-settings';

afterEach(() => vi.restoreAllMocks());

describe('remembered language and theme', () => {
  it('fills in what the URL does not say, outside embeds', () => {
    rememberSetting('lang', 'ms');
    rememberSetting('theme', 'dark');
    expect(withRememberedSettings('?sector=energy', '/projects')).toBe(
      '?sector=energy&lang=ms&theme=dark',
    );
    expect(withRememberedSettings('', '/present/briefing/1/overview')).toBe('?lang=ms&theme=dark');
  });

  it('lets the URL win, and leaves an embed to its host page', () => {
    rememberSetting('lang', 'zh');
    expect(withRememberedSettings('?lang=en', '/overview')).toBe('?lang=en');
    expect(withRememberedSettings('?hide=header', '/embed/projects')).toBe('?hide=header');
  });

  it('remembers nothing, and fails nothing, where storage is refused', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => rememberSetting('lang', 'ms')).not.toThrow();
    expect(withRememberedSettings('?q=x', '/projects')).toBe('?q=x');
  });

  it('ignores a stored value the app could not have written', () => {
    localStorage.setItem('jambatan:lang', 'x'.repeat(5000));
    expect(withRememberedSettings('', '/overview')).toBe('');
  });
});
