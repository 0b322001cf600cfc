import { useEffect, useId, useRef } from 'react';
import { MAX_LISTED_PROBLEMS } from '@/data/json-limits';
import { useT } from '@/i18n/use-t';
import { ProblemList } from './problem-list';

interface Props {
  title: string;
  /** Each problem on its own line, worded as data:check words it. */
  problems?: string[];
  /** What the reader can do about it. */
  hint: string;
  onRetry?: () => void;
  /** How many problems to list before "and N more". */
  limit?: number;
}

/** Says what went wrong, where, and what to do; never a blank page. */
export function ErrorPanel({
  title,
  problems = [],
  hint,
  onRetry,
  limit = MAX_LISTED_PROBLEMS,
}: Props) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  // Move focus to the message so keyboard and screen-reader users learn of the failure.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="error-panel" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <ProblemList problems={problems} limit={limit} />
      <p>{hint}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('ui.retry')}
        </button>
      )}
    </section>
  );
}
