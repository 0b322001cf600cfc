import { withEmbedOptions, type EmbedOptions } from './embed-params';

/**
 * The embed address and the snippet for the current view. Addresses are absolute, built from
 * the page's own location, so the snippet works on any host page and from any sub-folder.
 */
export function embedUrl(
  pageHref: string,
  viewPath: string,
  viewSearch: string,
  options: EmbedOptions,
) {
  const page = new URL('index.html', pageHref);
  return `${page.origin}${page.pathname}#/embed${viewPath}${withEmbedOptions(viewSearch, options)}`;
}

export function hostScriptUrl(pageHref: string): string {
  return new URL('embed.js', pageHref).href;
}

/**
 * What an embed may do on the host page: run (it is an app), read its own storage and saved copy
 * (same origin), open sources and the full view in a new tab, and download what it exports.
 * Nothing else: no top navigation, no forms, no pointer lock.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-downloads';

/** HTML attribute text: the URL and title go inside double quotes. */
function attr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function embedSnippet(src: string, title: string, scriptSrc: string): string {
  return [
    `<iframe src="${attr(src)}" title="${attr(`${title} — Jambatan`)}" loading="lazy" width="100%" height="600" style="border:0" sandbox="${EMBED_SANDBOX}"></iframe>`,
    `<script src="${attr(scriptSrc)}" async></script>`,
  ].join('\n');
}
