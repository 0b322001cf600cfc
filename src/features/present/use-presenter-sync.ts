import { useEffect, useRef, useState } from 'react';
import { isSlideMessage, presenterChannel, slideMessage } from './presenter-sync';

/**
 * Keeps this window on the same slide as the other presenter windows. Posts when this window
 * moves; calls `follow` when another moved. A move caused by a message is not posted back, so
 * two windows never bounce a slide between them. Only windows of the same `presentation` hear
 * each other (see presenter-sync.ts).
 */
export function usePresenterSync(
  presentation: string,
  deck: string,
  slide: number,
  follow: (deck: string, slide: number) => void,
) {
  const [sender] = useState(() => Math.random().toString(36).slice(2));
  const channel = useRef<BroadcastChannel | null>(null);
  const received = useRef<{ deck: string; slide: number } | null>(null);
  const followRef = useRef(follow);
  const here = useRef({ deck, slide });
  useEffect(() => {
    followRef.current = follow;
    here.current = { deck, slide };
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(presenterChannel(presentation));
    channel.current = bc;
    bc.onmessage = (event: MessageEvent) => {
      if (!isSlideMessage(event.data) || event.data.sender === sender) return;
      const { deck: d, slide: n } = event.data;
      if (here.current.deck === d && here.current.slide === n) return;
      received.current = { deck: event.data.deck, slide: event.data.slide };
      followRef.current(event.data.deck, event.data.slide);
    };
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [sender, presentation]);

  useEffect(() => {
    const echo = received.current;
    if (echo && echo.deck === deck && echo.slide === slide) {
      received.current = null;
      return;
    }
    channel.current?.postMessage(slideMessage(deck, slide, sender));
  }, [deck, slide, sender]);
}
