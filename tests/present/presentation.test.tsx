import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { miniStory } from '../fixtures/mini-story';
import { FakeChannel } from './fakeChannel';
import { renderPresentation } from './renderPresentation';

beforeEach(() => {
  vi.stubGlobal('BroadcastChannel', FakeChannel);
});
afterEach(() => {
  vi.unstubAllGlobals();
  FakeChannel.reset();
});

// The first test also waits for the lazily loaded presentation chunk to be transformed.
const stopHeading = () => screen.findByRole('heading', { level: 2 }, { timeout: 5000 });
const storyHeading = () => screen.getByRole('heading', { level: 1 });

/** Presentation mode is up: its effects (the key listener among them) have run once focus lands. */
async function started() {
  const heading = await stopHeading();
  await waitFor(() => expect(heading).toHaveFocus());
}

describe('Presentation: the stop card', () => {
  it('starts at the current stop and selects it in every view', async () => {
    const { store } = renderPresentation({ state: { step: 1 } });
    expect(await stopHeading()).toHaveTextContent('Talks');
    await waitFor(() => expect(store.get().selection).toEqual({ kind: 'event', id: 'talks' }));
  });

  it('shows progress, time in the chosen zone, the note and the quote in a polite live region', async () => {
    renderPresentation({ state: { step: 1, zone: 'UTC' } });
    const card = await screen.findByRole('region', { name: 'Presentation' });
    expect(within(card).getByText('Stop 2 of 3')).toBeInTheDocument();
    expect(within(card).getByText('≈ 19:30–22:15 UTC')).toBeInTheDocument();
    expect(within(card).getByText('Then they talk.')).toBeInTheDocument();
    expect(within(card).getByText('“Long talks.”')).toBeInTheDocument();
    expect(within(card).getByText('Then they talk.').closest('[aria-live]')).toHaveAttribute(
      'aria-live',
      'polite',
    );
  });

  it('takes focus when it starts, so the keyboard and a screen reader land on the stop', async () => {
    renderPresentation();
    expect(await stopHeading()).toHaveFocus();
  });

  it('inside an embed, leaves focus with the host page', async () => {
    renderPresentation({ frame: { embed: true, data: null, origin: null, presenter: false } });
    expect(await stopHeading()).not.toHaveFocus();
  });

  it("names the story, since the page's header is hidden while presenting", async () => {
    renderPresentation();
    await stopHeading();
    expect(storyHeading()).toHaveTextContent('Mini summit');
  });

  it('explains itself for a story without a tour', async () => {
    renderPresentation({ story: miniStory({ tour: [] }) });
    expect(await stopHeading()).toHaveTextContent('This story has no tour to present.');
  });
});

describe('Presentation: keys', () => {
  it.each([['{ArrowRight}'], ['{PageDown}'], [' '], ['{Enter}']])(
    '%s goes to the next stop',
    async (key) => {
      const { store, user } = renderPresentation();
      await started();
      await user.keyboard(key);
      expect(store.get().step).toBe(1);
      expect(store.get().selection).toEqual({ kind: 'event', id: 'talks' });
      expect(await stopHeading()).toHaveTextContent('Talks');
    },
  );

  it.each([['{ArrowLeft}'], ['{PageUp}'], ['{Backspace}']])('%s goes back a stop', async (key) => {
    const { store, user } = renderPresentation({ state: { step: 2 } });
    await started();
    await user.keyboard(key);
    expect(store.get().step).toBe(1);
  });

  it('Home and End go to the first and last stop; the ends do not wrap', async () => {
    const { store, user } = renderPresentation({ state: { step: 1 } });
    await started();
    await user.keyboard('{End}');
    expect(store.get()).toMatchObject({ step: 2, selection: { kind: 'quote', id: 'q-capital' } });
    await user.keyboard('{PageDown}');
    expect(store.get().step).toBe(2);
    await user.keyboard('{Home}');
    expect(store.get().step).toBe(0);
    await user.keyboard('{PageUp}');
    expect(store.get().step).toBe(0);
  });

  it('a number then Enter jumps to that stop, showing the number while it is typed', async () => {
    const { store, user } = renderPresentation();
    await started();
    await user.keyboard('3');
    expect(screen.getByRole('status')).toHaveTextContent('Go to stop 3');
    await user.keyboard('{Enter}');
    expect(store.get().step).toBe(2);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('Enter on a focused button presses the button, unless a number is being typed', async () => {
    const { store, user } = renderPresentation();
    await started();
    screen.getByRole('button', { name: /next stop/i }).focus();
    await user.keyboard('{Enter}');
    expect(store.get().step).toBe(1);
    await user.keyboard('1{Enter}');
    expect(store.get().step).toBe(0);
  });

  it('B and . black the screen out; any key or a click brings it back without acting', async () => {
    const { store, user } = renderPresentation();
    await started();
    await user.keyboard('b');
    const black = screen.getByRole('button', { name: /the screen is black/i });
    expect(black).toHaveFocus();
    await user.keyboard('{PageDown}');
    expect(screen.queryByRole('button', { name: /the screen is black/i })).not.toBeInTheDocument();
    expect(store.get().step).toBe(0);
    await user.keyboard('.');
    await user.click(screen.getByRole('button', { name: /the screen is black/i }));
    expect(screen.queryByRole('button', { name: /the screen is black/i })).not.toBeInTheDocument();
    expect(store.get().step).toBe(0);
  });

  it('Esc leaves presentation mode', async () => {
    const { store, user } = renderPresentation();
    await started();
    await user.keyboard('{Escape}');
    expect(store.get().present).toBe(false);
  });

  it('leaves keys alone while focus is in a text field or a select', async () => {
    const { store, user } = renderPresentation({
      beside: (
        <form>
          <label>
            Search <input type="search" />
          </label>
          <label>
            Zone{' '}
            <select>
              <option>Anchorage</option>
            </select>
          </label>
        </form>
      ),
    });
    await started();
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('2 b{Enter}{Backspace}{End}');
    screen.getByRole('combobox', { name: 'Zone' }).focus();
    await user.keyboard('{PageDown}{ArrowRight}f.');
    expect(store.get()).toMatchObject({ step: 0, present: true });
    expect(screen.queryByRole('button', { name: /the screen is black/i })).not.toBeInTheDocument();
  });

  it('leaves keys alone with Ctrl, Alt or ⌘ held (browser shortcuts)', async () => {
    const { store, user } = renderPresentation();
    await started();
    await user.keyboard('{Control>}{ArrowRight}{/Control}{Alt>}{ArrowRight}{/Alt}{Meta>}f{/Meta}');
    expect(store.get().step).toBe(0);
  });

  it('leaves a key alone when a view already handled it', async () => {
    const { store, user } = renderPresentation({
      beside: (
        <button type="button" onKeyDown={(event) => event.preventDefault()}>
          Timeline item
        </button>
      ),
    });
    await started();
    screen.getByRole('button', { name: 'Timeline item' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(store.get().step).toBe(0);
  });
});

describe('Presentation: full screen', () => {
  let fullscreenElement: Element | null = null;
  beforeEach(() => {
    fullscreenElement = null;
    const change = (element: Element | null) => {
      fullscreenElement = element;
      document.dispatchEvent(new Event('fullscreenchange'));
    };
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
    Object.defineProperty(document, 'fullscreenElement', {
      configurable: true,
      get: () => fullscreenElement,
    });
    document.documentElement.requestFullscreen = vi.fn(async () =>
      change(document.documentElement),
    );
    document.exitFullscreen = vi.fn(async () => change(null));
  });
  afterEach(() => {
    Reflect.deleteProperty(document, 'fullscreenEnabled');
    Reflect.deleteProperty(document, 'fullscreenElement');
  });

  it('F and the button toggle full screen; the button says whether it is on', async () => {
    const { user } = renderPresentation();
    await started();
    const button = screen.getByRole('button', { name: 'Full screen' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('f');
    expect(document.documentElement.requestFullscreen).toHaveBeenCalled();
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await user.click(button);
    expect(document.exitFullscreen).toHaveBeenCalled();
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('Esc leaves full screen first, then presentation mode', async () => {
    const { store, user } = renderPresentation();
    await started();
    await user.keyboard('F');
    await user.keyboard('{Escape}');
    expect(fullscreenElement).toBeNull();
    expect(store.get().present).toBe(true);
    await user.keyboard('{Escape}');
    expect(store.get().present).toBe(false);
  });
});

describe('Presentation: buttons', () => {
  it('has no full-screen button where the browser refuses full screen (an iframe without allow)', async () => {
    renderPresentation();
    await started();
    expect(screen.queryByRole('button', { name: 'Full screen' })).not.toBeInTheDocument();
  });

  it('previous and next buttons move through the stops', async () => {
    const { store, user } = renderPresentation();
    await started();
    await user.click(screen.getByRole('button', { name: /next stop/i }));
    await user.click(screen.getByRole('button', { name: /next stop/i }));
    expect(store.get().step).toBe(2);
    expect(screen.getByRole('button', { name: /next stop/i })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(screen.getByRole('button', { name: /previous stop/i }));
    expect(store.get().step).toBe(1);
  });

  it('Presenter view opens a second window on this stop; an embed does not offer it', async () => {
    const open = vi.fn(() => null);
    vi.stubGlobal('open', open);
    const { user, unmount } = renderPresentation({ state: { step: 1 } });
    await started();
    await user.click(screen.getByRole('button', { name: 'Presenter view' }));
    expect(open).toHaveBeenCalledWith(
      expect.stringMatching(/\?presenter=1&step=2$/),
      'dayline-presenter',
      expect.any(String),
    );
    unmount();
    renderPresentation({ frame: { embed: true, data: null, origin: null, presenter: false } });
    await stopHeading();
    expect(screen.queryByRole('button', { name: 'Presenter view' })).not.toBeInTheDocument();
  });

  it('Exit presentation leaves presentation mode', async () => {
    const { store, user } = renderPresentation();
    await started();
    await user.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(store.get().present).toBe(false);
  });

  it('shows the stop again when Back returns to an entry without a selection', async () => {
    const { store } = renderPresentation({ state: { step: 1 } });
    await started();
    act(() => store.set({ step: 0, selection: null }, 'url'));
    await waitFor(() => expect(store.get().selection).toEqual({ kind: 'event', id: 'arrival' }));
    expect(await stopHeading()).toHaveTextContent('Arrival');
  });

  it('follows stop changes made elsewhere (the embed protocol, Back)', async () => {
    const { store } = renderPresentation();
    await started();
    act(() => store.set({ step: 2, selection: { kind: 'quote', id: 'q-capital' } }, 'url'));
    expect(await stopHeading()).toHaveTextContent('Boris Belov');
  });
});
