import { useEffect, useRef, useState } from 'react';
import { isJambatanResize } from './embed-messages';
import { EMBED_SANDBOX } from './embed-snippet';
import { useT } from '@/i18n/use-t';

const WIDTHS = [
  { id: 'desktop', width: 1024 },
  { id: 'phone', width: 390 },
] as const;

/** Past this the preview scrolls inside itself, so a long list does not make the dialog endless. */
const MAX_PREVIEW_HEIGHT = 720;

/**
 * The embed as a host page would show it, at desktop and phone widths, sized by the same
 * messages public/embed.js reads (matched by event.source, like the host script).
 */
export function EmbedPreview({ src, title }: { src: string; title: string }) {
  const { t } = useT();
  const frames = useRef<Record<string, HTMLIFrameElement | null>>({});
  const [heights, setHeights] = useState<Record<string, number>>({});
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!isJambatanResize(event.data)) return;
      const height = event.data.height;
      for (const { id } of WIDTHS) {
        if (event.source && frames.current[id]?.contentWindow === event.source)
          setHeights((h) => ({ ...h, [id]: Math.min(Math.ceil(height), MAX_PREVIEW_HEIGHT) }));
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return (
    <div className="embed-preview">
      {WIDTHS.map(({ id, width }) => (
        <section
          key={id}
          className="embed-preview__item"
          aria-label={t(`embed.preview.${id}.section`)}
        >
          <h4>
            {t(`embed.preview.${id}.label`)}{' '}
            <span className="embed-preview__size">{t('embed.preview.width', { width })}</span>
          </h4>
          {/* Scrolls sideways when the dialog is narrower than the preview; reachable by keyboard. */}
          <div
            className="embed-preview__scroll"
            tabIndex={0}
            role="region"
            aria-label={t(`embed.preview.${id}.region`, { width })}
          >
            <iframe
              ref={(el) => {
                frames.current[id] = el;
              }}
              src={src}
              title={t(`embed.preview.${id}.frame`, { title })}
              width={width}
              height={heights[id] ?? 480}
              sandbox={EMBED_SANDBOX}
            />
          </div>
        </section>
      ))}
    </div>
  );
}
