import { useId } from 'react';
import { useUrlDraft } from '@/filters/projects/use-url-draft';
import { useT } from '@/i18n/use-t';

const YEAR = /^\d{4}$/;

function YearInput({
  label,
  value,
  onChange,
  describedBy,
}: {
  label: string;
  value: number | undefined;
  onChange: (year: number | undefined) => void;
  describedBy: string;
}) {
  const id = useId();
  const urlValue = value === undefined ? '' : String(value);
  const [draft, update] = useUrlDraft(urlValue);
  const partial = draft !== '' && !YEAR.test(draft);
  return (
    <div className="year-range__field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="year-range__input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        pattern="[0-9]{4}"
        aria-describedby={describedBy}
        aria-invalid={partial || undefined}
        value={draft}
        onChange={(event) => {
          const text = event.currentTarget.value.trim();
          // Only an empty field or a full year reaches the URL; "20" on its way to "2016" waits.
          if (text === '' || YEAR.test(text)) {
            update(text, text);
            onChange(text === '' ? undefined : Number(text));
          } else update(text, urlValue);
        }}
        onBlur={() => partial && update(urlValue, urlValue)}
      />
    </div>
  );
}

interface Props {
  from: number | undefined;
  to: number | undefined;
  /** First and last year any project is active, to suggest a sensible range. */
  bounds: readonly [number, number] | null;
  onChange: (range: { from: number | undefined; to: number | undefined }) => void;
}

/** The year range: projects whose start-to-end span overlaps it. */
export function YearRange({ from, to, bounds, onChange }: Props) {
  const hint = useId();
  const { t } = useT();
  return (
    <fieldset className="facet year-range">
      <legend className="facet__legend">{t('projects.years.legend')}</legend>
      <p className="year-range__hint" id={hint}>
        {bounds
          ? t('projects.years.hintCovers', { first: String(bounds[0]), last: String(bounds[1]) })
          : t('projects.years.hint')}
      </p>
      <div className="year-range__fields">
        <YearInput
          label={t('projects.years.from')}
          value={from}
          describedBy={hint}
          onChange={(year) => onChange({ from: year, to })}
        />
        <YearInput
          label={t('projects.years.to')}
          value={to}
          describedBy={hint}
          onChange={(year) => onChange({ from, to: year })}
        />
      </div>
    </fieldset>
  );
}
