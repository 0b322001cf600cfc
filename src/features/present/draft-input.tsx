import { useId, useState } from 'react';
import { useT } from '@/i18n/use-t';

/**
 * A text field for a required text (a deck or slide title): every keystroke is saved, except an
 * empty value, which the schema does not allow; it stays a draft until the field loses focus,
 * then the saved title comes back.
 */
export function DraftInput({
  label,
  value,
  onCommit,
  className,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  className?: string;
}) {
  const { t } = useT();
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const empty = draft !== null && draft.trim() === '';
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={draft ?? value}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? hintId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          if (event.target.value.trim()) onCommit(event.target.value);
        }}
        onBlur={() => setDraft(null)}
      />
      {empty && (
        <span id={hintId} className="draft-input__hint">
          {t('present.editor.titleNeeded')}
        </span>
      )}
    </div>
  );
}
