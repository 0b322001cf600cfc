import { useId } from 'react';
import './filters.css';

interface Props<T extends string> {
  label: string;
  options: readonly { id: T; label: string }[];
  value: T;
  onChange: (sort: T) => void;
  /** A word on the chosen order, read with the select (why values are grouped by currency). */
  note?: string;
}

/** The order of a list, as a native select. */
export function SortSelect<T extends string>({ label, options, value, onChange, note }: Props<T>) {
  const id = useId();
  const noteId = useId();
  return (
    <div className="sort-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={note ? noteId : undefined}
        onChange={(event) => onChange(event.currentTarget.value as T)}
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      {note && (
        <p className="sort-select__note" id={noteId}>
          {note}
        </p>
      )}
    </div>
  );
}
