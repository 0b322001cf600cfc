import { Fragment, type ReactNode } from 'react';
import { usePackText } from './pack-text';
import { useT } from '@/i18n/use-t';
import { listFormat } from '@/lib/intl-formats';
import type { TextValue } from '@/lib/text';

interface Props {
  values: readonly TextValue[];
  /** Wraps each item (already marked with its language), e.g. in a link; by index of `values`. */
  wrap?: (item: ReactNode, index: number) => ReactNode;
}

/**
 * Pack texts as one list in the reader's language ("A, B, C"; "A、B、C"), each item marked
 * `lang="en"` where English stands in for a translation.
 */
export function PackTextList({ values, wrap = (item) => item }: Props) {
  const { locale } = useT();
  const { text, langOf } = usePackText();
  const parts = listFormat(locale, { type: 'conjunction', style: 'narrow' }).formatToParts(
    values.map(text),
  );
  let index = 0;
  return parts.map((part, i) => {
    if (part.type !== 'element') return <Fragment key={i}>{part.value}</Fragment>;
    const at = index++;
    return (
      <Fragment key={i}>{wrap(<span lang={langOf(values[at])}>{part.value}</span>, at)}</Fragment>
    );
  });
}
