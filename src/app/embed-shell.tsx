import { useRef } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { AsOf } from '@/components/ui/as-of';
import { DisplayOptionsProvider } from '@/components/ui/display-options';
import { PackText } from '@/components/ui/pack-text';
import { fillSlot, SLOT } from '@/components/ui/slot';
import { embedLinkTarget, fullViewHash, parseEmbedOptions } from '@/features/embed/embed-params';
import { useEmbedResize } from '@/features/embed/use-embed-resize';
import { useT } from '@/i18n/use-t';
import { splitShellPath } from '@/registry/shell-paths';
import { ThemeSync } from './theme-sync';
import { LanguageSync } from './language-sync';
import { OfflineNotice } from './lazy-shells';
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
  const { t } = useT();
  const { meta } = useHeaderPack();
  const options = parseEmbedOptions(location.search);
  const root = useRef<HTMLDivElement>(null);
  const { view } = splitShellPath(location.pathname);
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
        <main className="embed__main" data-path={location.pathname}>
          <OfflineNotice />
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
                {fillSlot(t('app.embed.source', { title: SLOT }), <PackText value={meta.title} />)}{' '}
                · <AsOf date={meta.asOf} />
              </>
            ) : (
              t('app.embed.sourceNoPack')
            )}
          </p>
          <a
            href={fullViewHash(location.pathname, location.search)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('app.embed.openFull')}
            <span className="visually-hidden"> {t('app.embed.newTab')}</span>
          </a>
        </footer>
      )}
    </div>
  );
}
