import type { Plugin } from 'vite';

/**
 * The Content Security Policy of the built app. Everything comes from the app's own folder:
 * no inline script, no eval, no outside connection. Only the build gets it, because the dev
 * server injects inline scripts for hot reload. `frame-ancestors` cannot be set in a meta tag;
 * the README lists the headers a server should add.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'jambatan-csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
