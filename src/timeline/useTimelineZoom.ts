import {
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { AttachedZoom } from './zoomBehaviour';
import {
  clampDomain,
  type Domain,
  domainFor,
  fitDomain,
  MIN_SPAN_MS,
  maxZoom,
  revealDomain,
  zoomDomain,
} from './zoomMath';

/** `smooth` glides (unless the reader prefers reduced motion); `instant` jumps. */
export type Motion = 'instant' | 'smooth';

/** The visible window and the ways to change it; the functions keep their identity across renders. */
export interface TimelineZoom {
  /** The window of time the plot shows now. */
  readonly domain: Domain;
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
  /** Zooms by `factor` (2 = closer, 0.5 = further) keeping the time `around` in place. */
  zoomBy(factor: number, around?: number): void;
  /** Back to the whole day. */
  reset(): void;
  /** Zooms to fit a range of time, within the zoom limits. */
  zoomTo(range: Domain, motion: Motion): void;
  /** Pans, at the same zoom, just enough to bring a range of time into view. */
  reveal(range: Domain, motion: Motion): void;
}

/** What d3's listeners and the stable functions read: the latest values, without re-subscribing. */
interface Live {
  base: Domain;
  range: Domain;
  /** The plot's height in pixels. */
  height: number;
  domain: Domain;
  reducedMotion: boolean;
  /** d3-zoom on the plot, once its chunk has loaded. */
  attached: AttachedZoom | null;
  frame: number;
}

const GLIDE_MS = 320;
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
const sameDomain = (a: Domain, b: Domain) => a[0] === b[0] && a[1] === b[1];

/**
 * d3-zoom's default filter (no right button, no ctrl-click), and no mouse presses without a window:
 * d3-drag needs `event.view`, which scripted events (test tools, embedders) may leave out.
 */
function acceptGesture(event: MouseEvent | WheelEvent | TouchEvent): boolean {
  if (event.ctrlKey && event.type !== 'wheel') return false;
  if ('button' in event && event.button) return false;
  return event.type !== 'mousedown' || !!event.view;
}

/**
 * d3-zoom on the plot's `<svg>` (wheel, drag, pinch, double-click), its transform turned into a
 * window of time with `rescaleX` and kept in React state. Programmatic changes go through the
 * same behaviour so that gestures continue from where they left off. `base` is the whole day,
 * `range` the plot's pixels.
 */
export function useTimelineZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  base: Domain,
  range: Domain,
  height: number,
  reducedMotion: boolean,
): TimelineZoom {
  const [domain, setDomain] = useState<Domain>(base);
  const live = useRef<Live>({
    base,
    range,
    height,
    domain: base,
    reducedMotion,
    attached: null,
    frame: 0,
  });
  const [zoomModule, setZoomModule] = useState<typeof import('./zoomBehaviour') | null>(null);
  useEffect(function loadZoom() {
    let mounted = true;
    void import('./zoomBehaviour').then((module) => mounted && setZoomModule(module));
    return function forgetZoom() {
      mounted = false;
    };
  }, []);
  useLayoutEffect(
    function followMotionPreference() {
      live.current.reducedMotion = reducedMotion;
    },
    [reducedMotion],
  );

  const stopGlide = useCallback(() => {
    if (live.current.frame) cancelAnimationFrame(live.current.frame);
    live.current.frame = 0;
  }, []);

  useLayoutEffect(
    function attachZoom() {
      const svg = svgRef.current;
      if (!svg || !zoomModule) return;
      const attached = zoomModule.attachZoom(svg, {
        accept: acceptGesture,
        start: (byReader) => {
          if (byReader) stopGlide();
        },
        zoom: (transform) => {
          const next = domainFor(transform, live.current.base, live.current.range);
          live.current.domain = next;
          setDomain((prev) => (sameDomain(prev, next) ? prev : next));
        },
      });
      live.current.attached = attached;
      const { base: b, range: r, height: h, domain: d } = live.current;
      attached.limit(
        [
          [r[0], 0],
          [r[1], h],
        ],
        maxZoom(b),
      );
      attached.jump(clampDomain(d, b), b, r);
      return function detachZoom() {
        stopGlide();
        attached.detach();
        live.current.attached = null;
      };
    },
    [svgRef, stopGlide, zoomModule],
  );

  const [b0, b1] = base;
  const [r0, r1] = range;
  useLayoutEffect(
    function configureZoom() {
      const state = live.current;
      const nextBase: Domain = [b0, b1];
      const nextRange: Domain = [r0, r1];
      const newDay = !sameDomain(state.base, nextBase);
      state.base = nextBase;
      state.range = nextRange;
      state.height = height;
      // A new size keeps the window of time in view; a new story starts from its whole day.
      const keep = newDay ? nextBase : clampDomain(state.domain, nextBase);
      if (!state.attached) {
        state.domain = keep;
        setDomain((prev) => (sameDomain(prev, keep) ? prev : keep));
        return;
      }
      state.attached.limit(
        [
          [r0, 0],
          [r1, height],
        ],
        maxZoom(nextBase),
      );
      state.attached.jump(keep, nextBase, nextRange);
    },
    [b0, b1, r0, r1, height],
  );

  const show = useCallback(
    (target: Domain, motion: Motion) => {
      const state = live.current;
      stopGlide();
      const goal = clampDomain(target, state.base);
      // Until d3-zoom has loaded, the window is set directly; it takes over from there.
      const jump = (d: Domain) => {
        if (state.attached) {
          state.attached.jump(d, state.base, state.range);
          return;
        }
        state.domain = d;
        setDomain((prev) => (sameDomain(prev, d) ? prev : d));
      };
      if (
        motion === 'instant' ||
        state.reducedMotion ||
        typeof requestAnimationFrame !== 'function'
      ) {
        jump(goal);
        return;
      }
      const from = state.domain;
      const started = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - started) / GLIDE_MS);
        const e = ease(t);
        jump([from[0] + (goal[0] - from[0]) * e, from[1] + (goal[1] - from[1]) * e]);
        state.frame = t < 1 ? requestAnimationFrame(step) : 0;
      };
      state.frame = requestAnimationFrame(step);
    },
    [stopGlide],
  );

  const controls = useMemo(
    () => ({
      zoomBy: (factor: number, around?: number) => {
        const [from, to] = live.current.domain;
        const anchor =
          around !== undefined && around >= from && around <= to ? around : (from + to) / 2;
        show(zoomDomain(live.current.domain, factor, anchor), 'instant');
      },
      reset: () => show(live.current.base, 'instant'),
      zoomTo: (r: Domain, motion: Motion) => show(fitDomain(r), motion),
      reveal: (r: Domain, motion: Motion) => {
        const target = revealDomain(live.current.domain, r);
        if (target) show(target, motion);
      },
    }),
    [show],
  );

  const span = domain[1] - domain[0];
  const baseSpan = b1 - b0;
  const canZoomIn = span > Math.min(MIN_SPAN_MS, baseSpan) * 1.001;
  const canZoomOut = span < baseSpan * 0.999;
  return useMemo(
    () => ({ domain, canZoomIn, canZoomOut, ...controls }),
    [domain, canZoomIn, canZoomOut, controls],
  );
}
