import { useId, type Ref } from 'react';
import { MAX_QUERY_LENGTH } from '@/registry/filter-specs';
import { useUrlDraft } from './use-url-draft';
import './filters.css';

interface Props {
  label: string;
  /** What is searched ("names, partners and places"), read after the label. */
  hint?: string;
  /** The search in the URL. */
  value: string;
  onChange: (query: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The free-text search of a list. What the reader types stays in the box while the URL, trimmed,
 * catches up (useUrlDraft), so a lagging URL never wipes a keystroke or the space before the
 * next word; Clear filters, back and forward do replace it.
 */
export function SearchBox({ label, hint, value, onChange, inputRef }: Props) {
  const id = useId();
  const hintId = useId();
  const [draft, update] = useUrlDraft(value);
  return (
    <div className="search-box">
      <p className="search-box__label-row">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <>
            {' '}
            <span id={hintId} className="search-box__hint">
              {hint}
            </span>
          </>
        )}
      </p>
      <input
        id={id}
        ref={inputRef}
        type="search"
        value={draft}
        maxLength={MAX_QUERY_LENGTH}
        aria-describedby={hint ? hintId : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          const text = event.currentTarget.value;
          update(text, text.trim());
          onChange(text);
        }}
      />
    </div>
  );
}
