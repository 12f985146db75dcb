import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../src/offline/register';

/** A service worker container whose `controllerchange` the test fires. */
function fakeContainer(controller: object | null) {
  const target = new EventTarget();
  return {
    controller: controller as ServiceWorker | null,
    register: vi.fn(async () => ({}) as ServiceWorkerRegistration),
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    takeOver: () => target.dispatchEvent(new Event('controllerchange')),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  Reflect.deleteProperty(document, 'fullscreenElement');
});

describe('registerServiceWorker', () => {
  it('registers ./sw.js for the app folder once the page has loaded', async () => {
    const container = fakeContainer(null);
    registerServiceWorker({ container });
    await settle();
    expect(container.register).toHaveBeenCalledWith('./sw.js', { scope: './' });
  });

  it('waits for the first render to settle before it registers', async () => {
    const container = fakeContainer(null);
    let shown: () => void = () => {};
    registerServiceWorker({ container, after: new Promise<void>((resolve) => (shown = resolve)) });
    await settle();
    expect(container.register).not.toHaveBeenCalled();
    shown();
    await settle();
    expect(container.register).toHaveBeenCalledTimes(1);
  });

  it('does nothing where there are no service workers (jsdom, old browsers)', () => {
    expect(() => registerServiceWorker({ container: undefined })).not.toThrow();
  });

  it('does not reload when the first worker takes over a fresh page', async () => {
    const container = fakeContainer(null);
    const reload = vi.fn();
    registerServiceWorker({ container, reload, isCurrentBuild: async () => false });
    container.takeOver();
    await settle();
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads once when a new build takes over a page of an older build', async () => {
    const container = fakeContainer({});
    const reload = vi.fn();
    registerServiceWorker({ container, reload, isCurrentBuild: async () => false });
    container.takeOver();
    container.takeOver();
    await settle();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload a page that already runs the new build', async () => {
    const container = fakeContainer({});
    const reload = vi.fn();
    registerServiceWorker({ container, reload, isCurrentBuild: async () => true });
    container.takeOver();
    await settle();
    expect(reload).not.toHaveBeenCalled();
  });

  it('waits for full screen to end before reloading a presentation', async () => {
    let fullscreen: Element | null = document.documentElement;
    Object.defineProperty(document, 'fullscreenElement', {
      configurable: true,
      get: () => fullscreen,
    });
    const container = fakeContainer({});
    const reload = vi.fn();
    registerServiceWorker({ container, reload, isCurrentBuild: async () => false });
    container.takeOver();
    await settle();
    expect(reload).not.toHaveBeenCalled();
    fullscreen = null;
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
