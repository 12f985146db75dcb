import { afterEach, describe, expect, test, vi } from 'vitest';

/** A fresh copy of the module: its promise and its "marked" flag are per page. */
const fresh = async () => {
  vi.resetModules();
  return import('../../src/render/firstRender');
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('firstRenderSettled', () => {
  test('stays pending until the first screen is marked shown, then waits for an idle moment', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const { firstRenderSettled, markFirstRenderShown } = await fresh();
    let settled = false;
    void firstRenderSettled.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    markFirstRenderShown();
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(idle).toHaveLength(1);
    idle[0]?.();
    await firstRenderSettled;
    expect(settled).toBe(true);
  });

  test('only the first mark asks for an idle moment', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const { markFirstRenderShown } = await fresh();
    markFirstRenderShown();
    markFirstRenderShown();
    expect(idle).toHaveLength(1);
  });
});
