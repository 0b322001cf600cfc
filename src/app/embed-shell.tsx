import { useRef } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { DataBoundary } from '../components/data-boundary/data-boundary';
import { DisplayOptionsProvider } from '../components/ui/display-options';
import { embedLinkTarget, fullViewHash, parseEmbedOptions } from '../features/embed/embed-params';
import { useEmbedResize } from '../features/embed/use-embed-resize';
import { formatPartialDate } from '../lib/format-date';
import { textOf } from '../lib/text';
import { ThemeSync } from './theme-sync';
import { LanguageSync } from './language-sync';
import { useHeaderPack } from './use-header-pack';
import { useLinkCapture } from './use-link-capture';
import './embed.css';

/**
 * A view for iframes (`#/embed/<view>?…&hide=…&theme=…&lang=…`): no app header or navigation,
 * a small footer with the source, "as of" and a link to the same state in the full app. It tells
 * the host page its height, and never adds to the host's history: filters replace, and in-app
 * links are kept inside the embed with replace (or open the full app in a new tab).
 */
export function EmbedShell() {
  const location = useLocation();
  const { meta } = useHeaderPack();
  const options = parseEmbedOptions(location.search);
  const root = useRef<HTMLDivElement>(null);
  const view = location.pathname.replace(/^\/embed(?=\/|$)/, '') || '/';
  useEmbedResize(root, view);
  useLinkCapture((path, search) => embedLinkTarget(path, search, location.search));
  const hidden = new Set(options.hide);
  return (
    <div className="embed" ref={root}>
      <ThemeSync />
      <LanguageSync />
      <DisplayOptionsProvider
        value={{ hideHeader: hidden.has('header'), hideControls: hidden.has('controls') }}
      >
        <main className="embed__main">
          <DataBoundary key={location.pathname}>
            <Outlet />
          </DataBoundary>
        </main>
      </DisplayOptionsProvider>
      {!hidden.has('footer') && (
        <footer className="embed__footer">
          <p>
            {meta ? (
              <>
                Source: {textOf(meta.title)}, Jambatan · Data as of{' '}
                <time dateTime={meta.asOf}>{formatPartialDate(meta.asOf)}</time>
              </>
            ) : (
              'Source: Jambatan'
            )}
          </p>
          <a
            href={fullViewHash(location.pathname, location.search)}
            target="_blank"
            rel="noopener noreferrer"
          >
            Open full view<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </footer>
      )}
    </div>
  );
}
