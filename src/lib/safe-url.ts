/** Only these schemes become clickable links; anything else is shown as text. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export function safeHref(value: string): string | null {
  try {
    const url = new URL(value);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
