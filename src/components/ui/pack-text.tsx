import { useCallback, type ElementType } from 'react';
import { useT } from '@/i18n/use-t';
import { localText, type TextValue } from '@/lib/text';

/**
 * Pack texts in the reader's language: the pack's translation when it has one, else English.
 * `langOf` gives the `lang` attribute to put on the element showing it: "en" when English stands
 * in for the reader's language (so a screen reader pronounces it as English), otherwise nothing.
 */
export function usePackText() {
  const { lang } = useT();
  const text = useCallback((value: TextValue | undefined) => localText(value, lang).text, [lang]);
  const langOf = useCallback(
    (value: TextValue | undefined) => {
      const shown = localText(value, lang).lang;
      return shown === lang ? undefined : shown;
    },
    [lang],
  );
  return { text, langOf, lang };
}

interface Props {
  value: TextValue | undefined;
  /** The element to render; a span by default. */
  as?: ElementType;
  className?: string;
}

/** A pack text as an element, marked `lang="en"` when English stands in for a translation. */
export function PackText({ value, as: Tag = 'span', className }: Props) {
  const { text, langOf } = usePackText();
  return (
    <Tag className={className} lang={langOf(value)}>
      {text(value)}
    </Tag>
  );
}
