import { describe, expect, it } from 'vitest';
import { keyBelongsToTarget, presenterAction } from './presenter-keys';

describe('presenter keys', () => {
  it('maps the presenter keys and leaves shortcuts with modifiers alone', () => {
    const actions = ['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End', 'f', 's']
      .concat(['Escape', 'x'])
      .map((key) => presenterAction({ key }));
    expect(actions).toEqual([
      'next',
      'next',
      'next',
      'previous',
      'previous',
      'first',
      'last',
      'fullscreen',
      'speaker',
      'leave',
      null,
    ]);
    expect(presenterAction({ key: 'f', ctrlKey: true })).toBeNull();
    expect(presenterAction({ key: 'ArrowLeft', metaKey: true })).toBeNull();
    expect(presenterAction({ key: 'constructor' })).toBeNull();
  });

  it('leaves keys to fields, Space to buttons and arrows to widgets that use them', () => {
    document.body.innerHTML = `
      <input id="field"><select id="choice"></select><textarea id="notes"></textarea>
      <button id="button">Next</button>
      <div role="tablist"><span id="tab" role="tab">Tab</span></div>
      <p id="text">Text</p>`;
    const el = (id: string) => document.getElementById(id);
    expect(keyBelongsToTarget(el('field'), 'ArrowRight')).toBe(true);
    expect(keyBelongsToTarget(el('choice'), 'Home')).toBe(true);
    expect(keyBelongsToTarget(el('notes'), 'f')).toBe(true);
    expect(keyBelongsToTarget(el('button'), ' ')).toBe(true);
    expect(keyBelongsToTarget(el('button'), 'ArrowRight')).toBe(false);
    expect(keyBelongsToTarget(el('tab'), 'ArrowRight')).toBe(true);
    expect(keyBelongsToTarget(el('tab'), 'Escape')).toBe(false);
    expect(keyBelongsToTarget(el('text'), ' ')).toBe(false);
    expect(keyBelongsToTarget(document.body, 'End')).toBe(false);
    expect(keyBelongsToTarget(null, 'End')).toBe(false);
  });
});
