import { useLayoutEffect, useRef, useState, type SVGProps } from 'react';

interface Props extends Omit<SVGProps<SVGTextElement>, 'children'> {
  text: string;
  /** Widest the label may be, in pixels; a longer one ends in "…". */
  maxWidth: number;
}

/**
 * An SVG label cut to fit its room, measured by the browser in the font it is drawn in. The full
 * name stays in the chart's description and table; jsdom, which cannot measure, shows it whole.
 */
export function FittedLabel({ text, maxWidth, ...props }: Props) {
  return <Fitted key={`${text}|${maxWidth}`} text={text} maxWidth={maxWidth} {...props} />;
}

function Fitted({ text, maxWidth, ...props }: Props) {
  const ref = useRef<SVGTextElement>(null);
  const [shown, setShown] = useState(text);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || shown !== text || typeof el.getComputedTextLength !== 'function') return;
    if (el.getComputedTextLength() <= maxWidth) return;
    // Longest prefix that leaves room for the ellipsis (about one character).
    const room = maxWidth - el.getSubStringLength(0, 1);
    let low = 0;
    let high = text.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (el.getSubStringLength(0, mid) <= room) low = mid;
      else high = mid - 1;
    }
    setShown(`${text.slice(0, low).trimEnd()}…`);
  }, [shown, text, maxWidth]);
  return (
    <text ref={ref} {...props}>
      {shown}
    </text>
  );
}
