/**
 * Functions that run inside the page (through Playwright's `addInitScript` and `evaluate`).
 * Each one is serialised on its own, so none may use anything from outside its own body.
 */

/** What `watchFirstRender` leaves on `window.__benchFirstRender`. */
export interface FirstRenderState {
  /** `performance.now()` at the first frame where each selector matched. */
  readonly seen: Record<string, number>;
  /** Two frames after every selector matched: the first full render has been painted. */
  doneMs: number | null;
  /** Tasks over 50 ms, as [start, duration] in ms from navigation start. */
  readonly longTasks: [number, number][];
}

/** Where each sample of `measureSelections` came from, and how it went. */
export interface SelectionRun {
  /** Click to painted selection, in ms. */
  readonly samples: number[];
  /** Clicks whose item never showed `data-state="selected"` in time. */
  readonly failures: number;
  /** Distinct items clicked. */
  readonly distinctItems: number;
  /** How the items were chosen: `visible`, `rendered` (at times none was on screen) or `none`. */
  readonly pool: 'visible' | 'rendered' | 'none';
}

/** A point to aim the mouse at, in viewport pixels. */
export interface Aim {
  readonly x: number;
  readonly y: number;
  /** What is under the point, for the report: e.g. `svg`, `div.leaflet-container`. */
  readonly target: string;
}

/**
 * Installed before any page script: polls once a frame (cheap, and it cannot slow the app's
 * own work the way a MutationObserver over thousands of nodes would) until every selector
 * matches, then waits a double requestAnimationFrame so the time includes the paint.
 */
export function watchFirstRender(selectors: string[]): void {
  const state: FirstRenderState = { seen: {}, doneMs: null, longTasks: [] };
  (window as unknown as { __benchFirstRender: FirstRenderState }).__benchFirstRender = state;
  try {
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) state.longTasks.push([task.startTime, task.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the busy figures stay empty.
  }
  const check = () => {
    const now = performance.now();
    let all = true;
    for (const selector of selectors) {
      if (state.seen[selector] !== undefined) continue;
      if (document.querySelector(selector)) state.seen[selector] = now;
      else all = false;
    }
    if (all) {
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          state.doneMs = performance.now();
        }),
      );
    } else if (now < 300_000) {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}

/** Reads the state `watchFirstRender` keeps (without the long tasks), and any alert shown. */
export function readFirstRender(): {
  state: Omit<FirstRenderState, 'longTasks'> | null;
  alert: string | null;
} {
  const state = (window as unknown as { __benchFirstRender?: FirstRenderState }).__benchFirstRender;
  const alert = document.querySelector('[role="alert"]')?.textContent?.trim() ?? null;
  return {
    state: state ? { seen: state.seen, doneMs: state.doneMs } : null,
    alert: alert ? alert.slice(0, 300) : null,
  };
}

/** The main thread's long tasks so far: when the last one ended, and their total after `sinceMs`. */
export function busySummary(sinceMs: number): { busyUntilMs: number; longTaskMsAfter: number } {
  const state = (window as unknown as { __benchFirstRender?: FirstRenderState }).__benchFirstRender;
  let busyUntilMs = 0;
  let longTaskMsAfter = 0;
  for (const [start, duration] of state?.longTasks ?? []) {
    busyUntilMs = Math.max(busyUntilMs, start + duration);
    if (start >= sinceMs) longTaskMsAfter += duration;
  }
  return { busyUntilMs: Math.round(busyUntilMs), longTaskMsAfter: Math.round(longTaskMsAfter) };
}

/**
 * Clicks `count` items of one view (fewer if `budgetMs` runs out) and times each click until the item carries
 * `data-state="selected"` and the next frame has painted. Before each click it picks an item
 * that is on screen now (views may scroll or render only what is in sight), never the one
 * already selected, spreading the picks over the candidates.
 */
export async function measureSelections(args: {
  view: string;
  attr: string;
  count: number;
  timeoutMs: number;
  /** Stop clicking after this long in all, however many samples there are. */
  budgetMs: number;
}): Promise<SelectionRun> {
  const { view, attr, count, timeoutMs, budgetMs } = args;
  const runStarted = performance.now();
  const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
  /**
   * Looks at the page in the next frame's animation callback, which runs before that frame's
   * style, layout and paint: true once that frame has painted what `seen` found, false at once
   * when it found nothing. (A message posted in a rAF callback is handled after that frame's
   * paint.)
   */
  const paintedIfSeen = (seen: () => boolean) =>
    new Promise<boolean>((done) =>
      requestAnimationFrame(() => {
        if (!seen()) {
          done(false);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(true);
        channel.port2.postMessage(0);
      }),
    );
  const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
  const root = document.querySelector(`[data-view="${view}"]`);
  if (!root) return { samples: [], failures: 0, distinctItems: 0, pool: 'none' };
  root.scrollIntoView({ block: 'nearest' });
  await frame();

  const inSight = (el: Element, box: DOMRect) => {
    const r = el.getBoundingClientRect();
    if (r.width + r.height === 0) return false;
    const top = Math.max(0, box.top);
    const bottom = Math.min(innerHeight, box.bottom);
    const left = Math.max(0, box.left);
    const right = Math.min(innerWidth, box.right);
    return !(r.bottom <= top || r.top >= bottom || r.right <= left || r.left >= right);
  };
  const onTop = (el: Element) => {
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (el === hit || el.contains(hit));
  };
  /** Items to click next: those in sight and not covered, else any rendered one. */
  const candidates = (): { items: Element[]; visible: boolean } => {
    const box = root.getBoundingClientRect();
    const rendered = [...root.querySelectorAll(`[${attr}]`)].filter(
      (el) => el.getAttribute('data-state') !== 'selected',
    );
    const inView = rendered.filter((el) => inSight(el, box));
    // Hit-testing is slow; a few hundred spread over the list are plenty to choose from.
    const step = Math.max(1, Math.floor(inView.length / 300));
    const visible = inView.filter((_, i) => i % step === 0).filter(onTop);
    return visible.length ? { items: visible, visible: true } : { items: rendered, visible: false };
  };

  const samples: number[] = [];
  const clicked = new Set<string>();
  let failures = 0;
  let everHidden = false;
  for (let i = 0; i < count && performance.now() - runStarted < budgetMs; i++) {
    const { items, visible } = candidates();
    if (items.length === 0) break;
    everHidden ||= !visible;
    // 7919 is prime: successive picks land far apart in the list and rarely repeat.
    const item = items[(i * 7919) % items.length] as Element;
    const id = item.getAttribute(attr) ?? '';
    clicked.add(id);
    const selector = `[data-view="${view}"] [${attr}="${CSS.escape(id)}"]`;
    // The element carrying the id may wrap the control that selects it (a card's button).
    const interactive = 'button, [role="button"], [role="option"], [role="link"], [tabindex]';
    const target = item.matches(interactive)
      ? item
      : (item.querySelector('button, [role="button"]') ?? item);
    const r = target.getBoundingClientRect();
    const t0 = performance.now();
    target.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        cancelable: true,
        view: window,
        button: 0,
        clientX: r.left + r.width / 2,
        clientY: r.top + r.height / 2,
      }),
    );
    // Ends with the paint of the first frame that shows the item selected. (Until 2026-12-03 it
    // waited for the frame after that one too, which added a frame, about 17 ms, to every sample.)
    const isSelected = () =>
      document.querySelector(selector)?.getAttribute('data-state') === 'selected';
    let selected = false;
    while (!selected && performance.now() - t0 < timeoutMs) {
      selected = await paintedIfSeen(isSelected);
    }
    if (selected) {
      samples.push(performance.now() - t0);
    } else {
      failures++;
      if (failures >= 5 && samples.length === 0) break;
    }
    // Let smooth scrolling and other follow-up work settle, as between a reader's clicks.
    await frame();
    await pause(30);
  }
  const pool = clicked.size === 0 ? 'none' : everHidden ? 'rendered' : 'visible';
  return { samples, failures, distinctItems: clicked.size, pool };
}

/**
 * The centre of the largest element matching one of `selectors` inside `root` (the timeline's
 * plot, the map's container), scrolled into view, or `null` when nothing matches; with `avoid`, the nearest point to the
 * centre whose topmost element does not match it (so a drag starts on the map, not a marker).
 */
export function aimAt(args: { root: string; selectors: string[]; avoid?: string }): Aim | null {
  const root = document.querySelector(args.root);
  if (!root) return null;
  let best: Element = root;
  let bestArea = 0;
  for (const selector of args.selectors) {
    for (const el of root.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      if (r.width * r.height > bestArea) {
        best = el;
        bestArea = r.width * r.height;
      }
    }
  }
  if (bestArea === 0) return null;
  best.scrollIntoView({ block: 'center', inline: 'center' });
  const r = best.getBoundingClientRect();
  const points: [number, number][] = [];
  for (const fy of [0.5, 0.4, 0.6, 0.3, 0.7]) {
    for (const fx of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) points.push([fx, fy]);
  }
  for (const [fx, fy] of points) {
    const x = Math.round(Math.min(Math.max(r.left + r.width * fx, 0), innerWidth - 1));
    const y = Math.round(Math.min(Math.max(r.top + r.height * fy, 0), innerHeight - 1));
    const hit = document.elementFromPoint(x, y);
    if (!hit || !root.contains(hit)) continue;
    if (args.avoid && hit.closest(args.avoid)) continue;
    const name = hit.tagName.toLowerCase();
    const cls =
      typeof hit.className === 'string' && hit.className ? `.${hit.className.split(' ')[0]}` : '';
    return { x, y, target: `${name}${cls}` };
  }
  return null;
}

/** Starts recording requestAnimationFrame timestamps. */
export function startFrames(): void {
  const record = { times: [] as number[], running: true };
  (window as unknown as { __benchFrames: typeof record }).__benchFrames = record;
  const tick = (t: number) => {
    record.times.push(t);
    if (record.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Stops recording; returns the frame timestamps. */
export function stopFrames(): number[] {
  const record = (window as unknown as { __benchFrames?: { times: number[]; running: boolean } })
    .__benchFrames;
  if (!record) return [];
  record.running = false;
  return record.times;
}

/** How many items each view has in the DOM. */
export function countItems(): Record<'events' | 'places' | 'quotes', number> {
  const count = (view: string, attr: string) =>
    document.querySelectorAll(`[data-view="${view}"] [${attr}]`).length;
  return {
    events: count('timeline', 'data-event-id'),
    places: count('map', 'data-place-id'),
    quotes: count('quotes', 'data-quote-id'),
  };
}
