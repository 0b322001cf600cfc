import type { ReactNode } from 'react';

type Tone = 'neutral' | 'warn' | 'info';

const SYMBOL: Record<Tone, string> = { neutral: '', warn: '⚠ ', info: '' };

/**
 * A short label. The symbol and the words carry the meaning, so colour is never the only signal.
 */
export function Badge({
  tone = 'neutral',
  title,
  children,
}: {
  tone?: Tone;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      <span aria-hidden="true">{SYMBOL[tone]}</span>
      {children}
    </span>
  );
}
