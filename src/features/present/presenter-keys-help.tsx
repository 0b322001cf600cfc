import { Fragment } from 'react';
import type { MessageId } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';
import { listFormat } from '@/lib/intl-formats';

/** The keys of presenter mode, as on the keyboard; `space` is a word, the rest are key caps. */
const GROUPS: { keys: string[]; both?: boolean; action: MessageId }[] = [
  { keys: ['→', 'space', 'Page Down'], action: 'present.keys.next' },
  { keys: ['←', 'Page Up'], action: 'present.keys.previous' },
  { keys: ['Home', 'End'], both: true, action: 'present.keys.firstLast' },
  { keys: ['F'], action: 'present.keys.fullscreen' },
  { keys: ['S'], action: 'present.keys.speaker' },
  { keys: ['I'], action: 'present.keys.sources' },
  { keys: ['Esc'], action: 'present.keys.leave' },
];

/** "In presenter mode: →, Space or Page Down next; …", each key as a <kbd>. */
export function PresenterKeysHelp() {
  const { t, locale } = useT();
  const or = listFormat(locale, { type: 'disjunction' });
  return (
    <p className="present__keys">
      {t('present.keys.intro')}{' '}
      {GROUPS.map(({ keys, both, action }, i) => {
        const names = keys.map((key) => (key === 'space' ? t('present.keys.space') : key));
        const parts = both
          ? names.flatMap((name, j) => [
              ...(j > 0 ? [{ type: 'literal', value: ' / ' }] : []),
              { type: 'element', value: name },
            ])
          : or.formatToParts(names);
        return (
          <Fragment key={action}>
            {i > 0 && t('present.keys.separator')}
            {parts.map((part, j) =>
              part.type === 'element' ? <kbd key={j}>{part.value}</kbd> : part.value,
            )}{' '}
            {t(action)}
          </Fragment>
        );
      })}
      {t('present.keys.end')}
    </p>
  );
}
