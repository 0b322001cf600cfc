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

export function resizeMessages(height: number, view: string, href: string): unknown[] {
  return [
    { type: 'jambatan:resize', height, view } satisfies JambatanResize,
    JSON.stringify({ src: href, context: 'iframe.resize', height }),
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
