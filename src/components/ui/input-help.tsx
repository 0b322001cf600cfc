/**
 * How to use a control, as the reader uses it: on a touch screen (no hover, a coarse pointer) the
 * words for touch, elsewhere the words for keys and mouse. The other wording is not displayed, so
 * a screen reader that reads the help (aria-describedby) reads only the one that applies.
 */
export function InputHelp({
  id,
  className,
  keys,
  touch,
}: {
  id?: string;
  className?: string;
  keys: string;
  touch: string;
}) {
  return (
    <p id={id} className={className}>
      <span className="input-help--keys">{keys}</span>
      <span className="input-help--touch">{touch}</span>
    </p>
  );
}
