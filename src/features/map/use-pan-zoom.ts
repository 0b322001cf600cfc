import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type SyntheticEvent,
} from 'react';
import {
  clampView,
  FIRST_VIEW,
  MAX_ZOOM,
  MIN_ZOOM,
  panBy,
  zoomAt,
  type PixelBox,
  type Size,
  type ViewTransform,
} from './view-transform';

type Point = [number, number];
const ZOOM_STEP = 1.5;
/** A press that moves less than this is a click, not a drag. */
const DRAG_THRESHOLD = 4;

const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const middle = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

/**
 * Zoom and pan for one frame, by mouse (wheel, drag), touch (one finger drags, two pinch) and
 * keyboard (arrows pan, + and − zoom, 0 resets). The view goes back to `initial` when the frame's
 * size changes, since the projection is fitted again.
 */
export function usePanZoom(size: Size, bounds: PixelBox, initial: ViewTransform = FIRST_VIEW) {
  const [state, setState] = useState({ size, view: initial });
  let view = state.view;
  if (state.size.width !== size.width || state.size.height !== size.height) {
    view = initial;
    setState({ size, view });
  }
  const change = useCallback(
    (next: (current: ViewTransform) => ViewTransform) =>
      setState((s) => ({ ...s, view: clampView(next(s.view), s.size, bounds) })),
    [bounds],
  );
  const center: Point = [size.width / 2, size.height / 2];
  const zoomIn = () => change((v) => zoomAt(v, ZOOM_STEP, center));
  const zoomOut = () => change((v) => zoomAt(v, 1 / ZOOM_STEP, center));
  const reset = () => change(() => initial);

  const svgRef = useRef<SVGSVGElement | null>(null);
  const pointers = useRef(new Map<number, Point>());
  const start = useRef<Point>([0, 0]);
  const dragged = useRef(false);
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  });

  const at = (event: { clientX: number; clientY: number }): Point => {
    const rect = svgRef.current?.getBoundingClientRect();
    return [event.clientX - (rect?.left ?? 0), event.clientY - (rect?.top ?? 0)];
  };

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      const zoomingIn = event.deltaY < 0;
      const { k } = viewRef.current;
      // At a limit the wheel scrolls the page as usual, so the map does not trap the reader.
      if ((zoomingIn && k >= MAX_ZOOM) || (!zoomingIn && k <= MIN_ZOOM)) return;
      event.preventDefault();
      const scale = event.deltaMode === 1 ? 0.05 : 0.002;
      const rect = svg.getBoundingClientRect();
      const point: Point = [event.clientX - rect.left, event.clientY - rect.top];
      change((v) => zoomAt(v, Math.exp(-event.deltaY * scale), point));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [change]);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    pointers.current.set(event.pointerId, at(event));
    if (pointers.current.size === 1) {
      start.current = at(event);
      dragged.current = false;
    }
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    const now = at(event);
    if (pointers.current.size === 1) {
      if (!dragged.current && distance(now, start.current) < DRAG_THRESHOLD) return;
      if (!dragged.current) {
        dragged.current = true;
        // Captured only once it is a drag: a plain click still reaches the marker under it.
        try {
          event.currentTarget.setPointerCapture(event.pointerId);
        } catch {
          // A pointer already gone (lifted between events) cannot be captured; the drag still works.
        }
      }
      change((v) => panBy(v, now[0] - previous[0], now[1] - previous[1]));
    } else if (pointers.current.size === 2) {
      const other = [...pointers.current].find(([id]) => id !== event.pointerId)?.[1];
      if (!other) return;
      dragged.current = true;
      const before = middle(previous, other);
      const after = middle(now, other);
      const factor = distance(now, other) / Math.max(1, distance(previous, other));
      change((v) => panBy(zoomAt(v, factor, before), after[0] - before[0], after[1] - before[1]));
    }
    pointers.current.set(event.pointerId, now);
  };
  const onPointerEnd = (event: PointerEvent<SVGSVGElement>) => {
    pointers.current.delete(event.pointerId);
  };
  /** After a drag, the click that ends it must not select the marker it ended on. */
  const onClickCapture = (event: SyntheticEvent) => {
    if (!dragged.current) return;
    dragged.current = false;
    event.stopPropagation();
    event.preventDefault();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = Math.round(Math.min(size.width, size.height) * 0.15);
    const pans: Record<string, Point> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const pan = pans[event.key];
    if (pan) change((v) => panBy(v, pan[0], pan[1]));
    else if (event.key === '+' || event.key === '=') zoomIn();
    else if (event.key === '-' || event.key === '_') zoomOut();
    else if (event.key === '0') reset();
    else return;
    event.preventDefault();
  };

  return {
    view,
    change,
    zoomIn,
    zoomOut,
    reset,
    onKeyDown,
    svgRef,
    svgProps: {
      onPointerDown,
      onPointerMove,
      onPointerUp: onPointerEnd,
      onPointerCancel: onPointerEnd,
      onClickCapture,
    },
  };
}
