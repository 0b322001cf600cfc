import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { SourceList, type SourceLike } from '@/components/sources/source-list';
import { AsOf } from '@/components/ui/as-of';
import { useT } from '@/i18n/use-t';
import './slide.css';

/**
 * Whether the slide's sources are shown over it: the presenter owns the key (`i`), the slide
 * owns its sources, so the state travels down through context. The slide reports its sources
 * back up (`report`), for the presenter to list them in the speaker window too.
 */
export const SlideSourcesContext = createContext<{
  open: boolean;
  close: () => void;
  report: (sources: SourceLike[]) => void;
}>({
  open: false,
  close: () => undefined,
  report: () => undefined,
});

interface Props {
  /** What the slide is about in one or two sentences, above its body (optional). */
  lede?: ReactNode;
  lang?: string;
  /** The slide's content: it gets the height that is left and must not scroll. */
  children: ReactNode;
  /** The sources behind what the slide shows, one key away, and the pack's "as of" date. */
  sources: SourceLike[];
  sideNames: Record<string, string>;
  asOf: string;
}

/**
 * A view as a slide: a lede, a body that takes the rest of the screen, and a footer with the
 * "as of" date and how to see the sources. The title and the filters in words are the
 * presenter's bar. A slide never scrolls: each view's slide layout decides what fits.
 */
export function SlideFrame({ lede, lang, children, sources, sideNames, asOf }: Props) {
  const { t } = useT();
  const overlay = useContext(SlideSourcesContext);
  const { report } = overlay;
  useEffect(() => report(sources), [report, sources]);
  return (
    <div className="slide-frame">
      {lede && (
        <p className="slide-frame__lede" lang={lang}>
          {lede}
        </p>
      )}
      <div className="slide-frame__body">{children}</div>
      <p className="slide-frame__foot">
        <AsOf date={asOf} /> · {t('shared.slide.sourcesKey', { count: countSources(sources) })}
      </p>
      {overlay.open && (
        <div
          className="slide-frame__sources"
          role="dialog"
          aria-modal="false"
          aria-label={t('shared.sources.heading')}
        >
          <button type="button" className="slide-frame__close" onClick={overlay.close}>
            {t('shared.slide.closeSources')} <kbd>Esc</kbd>
          </button>
          <SourceList sources={sources} sideNames={sideNames} headingLevel={2} />
        </div>
      )}
    </div>
  );
}

/** Sources as the overlay lists them: once each, however many records cite them. */
const countSources = (sources: SourceLike[]) => new Set(sources.map((s) => s.url)).size;
