import { useId, useState, type Ref } from 'react';
import { useT } from '@/i18n/use-t';

/**
 * The free-text search. The box keeps what the reader types; the URL, which the router updates a
 * moment later and trimmed, only replaces it when it changes for another reason (Clear filters,
 * back, forward). Otherwise a lagging URL would wipe keystrokes or a space before the next word.
 */
export function SearchBox({
  value,
  onChange,
  ref,
}: {
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}) {
  const { t } = useT();
  const id = useId();
  const hintId = useId();
  const [text, setText] = useState(value);
  // Compared trimmed: "u " and "u" are the same search, and the URL only ever holds the latter.
  const [seen, setSeen] = useState(value.trim());
  // Trimmed texts sent to the URL and not yet seen back.
  const [sent, setSent] = useState<string[]>([]);
  if (value.trim() !== seen) {
    setSeen(value.trim());
    const echo = sent.indexOf(value.trim());
    if (echo >= 0) setSent(sent.slice(echo + 1));
    else {
      setText(value);
      setSent([]);
    }
  }
  return (
    <div className="agreements-toolbar__search">
      <p className="agreements-toolbar__label-row">
        <label htmlFor={id}>{t('agreements.search.label')}</label>{' '}
        <span id={hintId} className="agreements-toolbar__hint">
          {t('agreements.search.hint')}
        </span>
      </p>
      <input
        ref={ref}
        id={id}
        type="search"
        value={text}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          setSent((list) => [...list, next.trim()]);
          onChange(next);
        }}
      />
    </div>
  );
}
