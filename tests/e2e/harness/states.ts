import type { Page } from 'playwright-core';

/** The views of the DOM contract (DESIGN.md). */
export type View = 'timeline' | 'map' | 'quotes' | 'details';
/** The item kinds of the DOM contract. */
export type Kind = 'event' | 'place' | 'quote';
/** The DOM contract's `data-state`. */
export type ItemState = 'idle' | 'selected' | 'related' | 'unrelated';

/** `[data-view="map"] [data-place-id="moscow"]`; without an id, every item of that kind. */
export function item(view: View, kind: Kind, id?: string): string {
  const key = `data-${kind}-id`;
  return `[data-view="${view}"] [${key}${id === undefined ? '' : `="${id}"`}]`;
}

/** The `data-state` of the first element matching the selector (`null` if none). */
export async function stateOf(page: Page, selector: string): Promise<string | null> {
  const first = page.locator(selector).first();
  if ((await first.count()) === 0) return null;
  return first.getAttribute('data-state');
}

/** Each element matching the selector, as its `kind` id and its `data-state`. */
export async function statesOf(
  page: Page,
  view: View,
  kind: Kind,
): Promise<{ id: string; state: string | null }[]> {
  const key = `data-${kind}-id`;
  return page.locator(item(view, kind)).evaluateAll(
    (elements, attribute) =>
      elements.map((e) => ({
        id: e.getAttribute(attribute) ?? '',
        state: e.getAttribute('data-state'),
      })),
    key,
  );
}

/**
 * Waits until at least one element matches and every match has `data-state` = `expected`;
 * otherwise fails naming what it found.
 */
export async function expectState(
  page: Page,
  selector: string,
  expected: ItemState,
  { timeoutMs = 10_000 }: { timeoutMs?: number } = {},
): Promise<void> {
  try {
    await page.waitForFunction(
      ([sel, want]) => {
        const found = [...document.querySelectorAll(sel)];
        return found.length > 0 && found.every((e) => e.getAttribute('data-state') === want);
      },
      [selector, expected] as const,
      { timeout: timeoutMs },
    );
  } catch {
    const found = await page
      .locator(selector)
      .evaluateAll((elements) => elements.map((e) => e.getAttribute('data-state')))
      .catch(() => []);
    const what = found.length
      ? `data-state ${found.map((s) => JSON.stringify(s)).join(', ')}`
      : 'no such element';
    throw new Error(`expected ${selector} to be "${expected}", found ${what}`);
  }
}

/**
 * Clicks an item of the DOM contract as a reader would: the element itself when it is the control,
 * else the first button inside it; on its centre, or, when something covers the centre (a
 * neighbouring map marker), on a part of it that shows.
 */
export async function clickItem(page: Page, selector: string): Promise<void> {
  const item = page.locator(selector).first();
  await item.waitFor({ state: 'attached' }).catch(() => {
    throw new Error(`nothing to click: no element matches ${selector}`);
  });
  const isControl = await item.evaluate(
    (e) =>
      e.matches('button, a[href], [role="button"], [tabindex], input, select') ||
      !e.querySelector('button'),
  );
  const control = isControl ? item : item.locator('button').first();
  await control.scrollIntoViewIfNeeded();
  const position = await control.evaluate((e) => {
    const r = e.getBoundingClientRect();
    const shows = (x: number, y: number) => {
      const hit = document.elementFromPoint(x, y);
      return !!hit && (hit === e || e.contains(hit));
    };
    const fractions = [0.5, 0.3, 0.7, 0.15, 0.85];
    if (shows(r.left + r.width / 2, r.top + r.height / 2)) return undefined;
    for (const fy of fractions) {
      for (const fx of fractions) {
        if (shows(r.left + r.width * fx, r.top + r.height * fy)) {
          return { x: r.width * fx, y: r.height * fy };
        }
      }
    }
    return undefined;
  });
  await control.click(position ? { position } : {});
}

/**
 * The page's own address (`location.href`). Playwright's `page.url()` follows `pushState` and
 * `replaceState` only where the browser reports them, which Firefox ESR 140 over BiDi does not.
 */
export function addressOf(page: Page): Promise<string> {
  return page.evaluate(() => window.location.href);
}
