/**
 * What an embed tells its host page when its height changes. Jambatan's own message (read by
 * public/embed.js) and the two formats many CMSs already understand (../shared/guide/peers.md):
 * embed.ly/Medium's JSON string with "context":"iframe.resize", and AMP's embed-size.
 */
export interface JambatanResize {
  type: 'jambatan:resize';
  height: number;
  view: string;
}

/**
 * The messages for a height. They carry the height and the view's path, never the full address:
 * the query holds what the reader typed and chose inside the embed, which is not the host's to
 * read. `pageHref` gives only the installation's address for embed.ly's `src`.
 */
export function resizeMessages(height: number, view: string, pageHref: string): unknown[] {
  const page = new URL(pageHref);
  const src = `${page.origin}${page.pathname}#/embed${view}`;
  return [
    { type: 'jambatan:resize', height, view } satisfies JambatanResize,
    JSON.stringify({ src, context: 'iframe.resize', height }),
    { sentinel: 'amp', type: 'embed-size', height },
  ];
}

export function isJambatanResize(data: unknown): data is JambatanResize {
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === 'jambatan:resize' &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height > 0
  );
}
