import { useCallback, useEffect, useRef, useState } from 'react';
import type { SourceLike } from '@/components/sources/source-list';
import { presenterChannel } from './presenter-sync';
import {
  ASK_MESSAGE,
  isAskMessage,
  parseSourcesMessage,
  sourcesMessage,
  toSharedSources,
  type SharedSources,
  type SourcesMessage,
} from './sources-message';

const same = (a: SharedSources, b: SharedSources) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The audience window's side: returns the function its slide reports its sources with (through
 * SlideSourcesContext), and tells the presentation's speaker windows the sources of the slide
 * shown: once the slide has reported them, whenever they change (a filter changed on the slide),
 * and when a speaker window opens and asks. Sources reported for another slide are not sent.
 */
export function useShareSources(presentation: string, deck: string, slide: number) {
  const here = `${slide}/${deck}`;
  const [reported, setReported] = useState<{ at: string; shared: SharedSources } | null>(null);
  const report = useCallback(
    (sources: readonly SourceLike[]) => {
      const shared = toSharedSources(sources);
      // The same sources again (a slide redrawn) change nothing and send nothing.
      setReported((was) =>
        was?.at === here && same(was.shared, shared) ? was : { at: here, shared },
      );
    },
    [here],
  );
  const shown = reported?.at === here ? reported.shared : null;
  const latest = useRef<SourcesMessage | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(presenterChannel(presentation));
    channel.current = bc;
    bc.onmessage = (event: MessageEvent) => {
      if (isAskMessage(event.data) && latest.current) bc.postMessage(latest.current);
    };
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [presentation]);

  useEffect(() => {
    latest.current = shown && sourcesMessage(deck, slide, shown);
    if (latest.current) channel.current?.postMessage(latest.current);
  }, [deck, slide, shown]);

  return report;
}

/**
 * The speaker window's side: the sources the audience window last sent (checked, see
 * sources-message.ts), asked for once on opening, as the audience window may have shown its
 * slide long before. The caller shows them while it is on the slide they belong to.
 */
export function useHeardSources(presentation: string): SourcesMessage | null {
  const [heard, setHeard] = useState<SourcesMessage | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(presenterChannel(presentation));
    bc.onmessage = (event: MessageEvent) => {
      const message = parseSourcesMessage(event.data);
      if (message) setHeard(message);
    };
    bc.postMessage(ASK_MESSAGE);
    return () => bc.close();
  }, [presentation]);
  return heard;
}
