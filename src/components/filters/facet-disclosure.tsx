import { useRef, useState, type ReactNode } from 'react';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import './filters.css';

interface Props {
  /** The facet's name, shown on the button; the facet group inside keeps it as a hidden legend. */
  legend: string;
  /** How many values are chosen, said on the button while folded ("Sector: 2 chosen"). */
  chosenCount: number;
  /** Open at first: a facet with values chosen from a link shows them. */
  defaultOpen?: boolean;
  /** The open list floats over what follows (the map) rather than pushing it down. */
  floating?: boolean;
  children: ReactNode;
}

/**
 * A facet folded into a native disclosure, for a compact bar: Tab, Enter and Space open it, and
 * Escape folds it and returns to its button.
 */
export function FacetDisclosure({
  legend,
  chosenCount,
  defaultOpen = false,
  floating = false,
  children,
}: Props) {
  const { t, locale } = useT();
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details
      ref={ref}
      className={floating ? 'facet-disclosure facet-disclosure--floating' : 'facet-disclosure'}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !ref.current?.open) return;
        setOpen(false);
        ref.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="facet-disclosure__summary">
        {legend}
        {chosenCount > 0 && (
          <span className="facet-disclosure__chosen">
            {t('filters.chosen', { count: formatNumber(chosenCount, locale) })}
          </span>
        )}
      </summary>
      <div className="facet-disclosure__panel">{children}</div>
    </details>
  );
}
