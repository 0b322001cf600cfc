import type { ReactNode } from 'react';

/**
 * A translated sentence with one `<link>…</link>` part, rendered with that part as a link, so
 * each language puts the link where its word order needs it.
 */
export function LinkedText({ text, link }: { text: string; link: (label: string) => ReactNode }) {
  const match = /^(.*?)<link>(.*?)<\/link>(.*)$/s.exec(text);
  if (!match) return text;
  return (
    <>
      {match[1]}
      {link(match[2]!)}
      {match[3]}
    </>
  );
}
