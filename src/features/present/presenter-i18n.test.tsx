import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '@/i18n/i18n';
import { AddToDeck } from './add-to-deck';
import { LinkedText } from './linked-text';
import { PresenterKeysHelp } from './presenter-keys-help';

afterEach(async () => {
  window.localStorage.clear();
  await act(() => switchLanguage('en'));
});

describe('the presenter keys', () => {
  it('reads as one sentence, each key a <kbd>', () => {
    const { container } = render(<PresenterKeysHelp />);
    expect(container.textContent).toBe(
      'In presenter mode: →, Space or Page Down next; ← or Page Up previous; Home / End first and last; F full screen; S speaker window; I sources of the slide; Esc back to the view.',
    );
    expect([...container.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual([
      '→',
      'Space',
      'Page Down',
      '←',
      'Page Up',
      'Home',
      'End',
      'F',
      'S',
      'I',
      'Esc',
    ]);
  });

  it('lists the keys the way Chinese does', async () => {
    await act(() => switchLanguage('zh'));
    const { container } = render(<PresenterKeysHelp />);
    expect(container.textContent).toMatch(/^演示模式下： →、空格键或Page Down 下一张；/);
    expect(container.textContent).toMatch(/返回视图。$/);
  });
});

describe('a sentence with a link in it', () => {
  it('puts the link where the language puts it', () => {
    const { container } = render(
      <LinkedText
        text="在任一视图上方<link>添加</link>。"
        link={(label) => <a href="#x">{label}</a>}
      />,
    );
    expect(container.innerHTML).toBe('在任一视图上方<a href="#x">添加</a>。');
    expect(render(<LinkedText text="plain" link={() => null} />).container.textContent).toBe(
      'plain',
    );
  });
});

describe('adding a view to a deck in Malay', () => {
  it('names the new deck, and says so, in the reader’s language', async () => {
    await act(() => switchLanguage('ms'));
    await act(async () => {
      render(
        <MemoryRouter>
          <Suspense fallback={null}>
            <AddToDeck viewPath="/trade" viewSearch="?lang=ms" viewTitle={() => 'Perdagangan'} />
          </Suspense>
        </MemoryRouter>,
      );
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Tambah paparan ini ke persembahan saya' }),
    );
    expect(screen.getByRole('status').textContent).toBe(
      '“Perdagangan” ditambah ke Persembahan saya sebagai slaid 1. Sunting persembahan saya',
    );
    expect(JSON.parse(window.localStorage.getItem('jambatan:decks:v1')!)).toEqual([
      {
        id: 'persembahan-saya',
        title: 'Persembahan saya',
        slides: [{ view: '/trade', title: 'Perdagangan' }],
      },
    ]);
    // The status line follows a language switch.
    await act(() => switchLanguage('en'));
    expect(screen.getByRole('status').textContent).toBe(
      'Added “Perdagangan” to Persembahan saya as slide 1. Edit my decks',
    );
  });
});
