import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelName } from '../../src/present/channel';
import { PresenterView } from '../../src/present/PresenterView';
import type { Frame } from '../../src/state/url';
import { miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';
import { FakeChannel } from './fakeChannel';
import { renderPresentation } from './renderPresentation';

const PRESENTER_FRAME: Frame = { embed: false, data: null, origin: null, presenter: true };
const story = miniStory();
const CHANNEL = channelName(story.id);

beforeEach(() => {
  vi.stubGlobal('BroadcastChannel', FakeChannel);
});
afterEach(() => {
  vi.unstubAllGlobals();
  FakeChannel.reset();
});

function renderPresenter(step = 0) {
  return renderWithStory(<PresenterView frame={PRESENTER_FRAME} />, { story, state: { step } });
}

const presenterMain = () =>
  screen.findByRole('main', { name: /presenter view/i }, { timeout: 5000 });
const mainCard = () => screen.findByRole('region', { name: 'Presentation' }, { timeout: 5000 });
const nowSection = () => screen.getByRole('region', { name: 'Now' });
const nextSection = () => screen.getByRole('region', { name: 'Next' });

describe('Presenter view and presentation stay in step over BroadcastChannel', () => {
  it('a newly opened presenter view asks for the current stop and shows it, the next one and the notes', async () => {
    renderPresentation({ story, state: { step: 1 } });
    await mainCard();
    renderPresenter(0);
    await presenterMain();
    await waitFor(() =>
      expect(
        within(nowSection()).getByRole('heading', { level: 3, name: 'Talks' }),
      ).toBeInTheDocument(),
    );
    expect(within(nowSection()).getByText('Then they talk.')).toBeInTheDocument();
    expect(
      within(nextSection()).getByText(/3\. Press statements — Boris Belov: “/),
    ).toBeInTheDocument();
    expect(within(nextSection()).getByText('And plan the next one.')).toBeInTheDocument();
    expect(screen.getByText(/following the presentation/i)).toBeInTheDocument();
    expect(FakeChannel.posted).toContainEqual({ name: CHANNEL, data: { command: 'hello' } });
  });

  it('the presentation announces every stop change, and the presenter view follows', async () => {
    const { store } = renderPresentation({ story });
    const card = await mainCard();
    renderPresenter();
    await presenterMain();
    await userEvent.click(within(card).getByRole('button', { name: /next stop/i }));
    expect(store.get().step).toBe(1);
    expect(FakeChannel.posted).toContainEqual({
      name: CHANNEL,
      data: { step: 1, present: true, blackedOut: false },
    });
    await waitFor(() =>
      expect(within(nowSection()).getByRole('heading', { level: 3 })).toHaveTextContent('Talks'),
    );
  });

  it("the presenter view's buttons and its list of stops drive the presentation", async () => {
    const { store } = renderPresentation({ story });
    await mainCard();
    renderPresenter();
    const presenter = await presenterMain();
    const user = userEvent.setup();
    await user.click(within(presenter).getByRole('button', { name: /next stop/i }));
    await waitFor(() => expect(store.get().step).toBe(1));
    await user.click(within(presenter).getByRole('button', { name: /previous stop/i }));
    await waitFor(() => expect(store.get().step).toBe(0));
    await user.click(
      within(presenter).getByRole('button', { name: /^3\. Press statements — Boris Belov: “/ }),
    );
    await waitFor(() =>
      expect(store.get()).toMatchObject({ step: 2, selection: { kind: 'quote', id: 'q-capital' } }),
    );
    await waitFor(() =>
      expect(
        within(presenter)
          .getByRole('button', { name: /^3\. Press statements — Boris Belov: “/ })
          .closest('li'),
      ).toHaveAttribute('aria-current', 'step'),
    );
  });

  it('the presenter view can black out the projector and says so', async () => {
    renderPresentation({ story });
    await mainCard();
    renderPresenter();
    const presenter = await presenterMain();
    await userEvent.click(within(presenter).getByRole('button', { name: 'Black screen' }));
    expect(await screen.findByRole('button', { name: /the screen is black/i })).toBeInTheDocument();
    await waitFor(() =>
      expect(within(presenter).getByRole('status')).toHaveTextContent('The screen is black.'),
    );
  });

  it('says when the presentation has ended', async () => {
    const main = renderPresentation({ story });
    await mainCard();
    renderPresenter();
    await presenterMain();
    await waitFor(() =>
      expect(screen.getByText(/following the presentation/i)).toBeInTheDocument(),
    );
    main.unmount();
    expect(await screen.findByText(/presentation has ended/i)).toBeInTheDocument();
  });

  it('waits, saying so, while no presentation answers', async () => {
    renderPresenter(1);
    await presenterMain();
    expect(screen.getByRole('status')).toHaveTextContent(/waiting for the presentation/i);
    expect(within(nowSection()).getByRole('heading', { level: 3 })).toHaveTextContent('Talks');
  });

  it("a clicker's keys in the presenter window become commands to the presentation", async () => {
    const listener = new FakeChannel(CHANNEL);
    const received: unknown[] = [];
    listener.onmessage = (event) => received.push(event.data);
    renderPresenter();
    await presenterMain();
    const user = userEvent.setup();
    await user.keyboard('{PageDown}{PageUp}{End}{Home}3{Enter}b');
    await waitFor(() => expect(received).toHaveLength(7));
    expect(received).toEqual([
      { command: 'hello' },
      { command: 'step', delta: 1 },
      { command: 'step', delta: -1 },
      { command: 'go', step: 2 },
      { command: 'go', step: 0 },
      { command: 'go', step: 2 },
      { command: 'blackout' },
    ]);
  });

  it('ignores anything else on the channel', async () => {
    const { store } = renderPresentation({ story });
    await mainCard();
    const stranger = new FakeChannel(CHANNEL);
    act(() => {
      stranger.postMessage({ command: 'step', delta: 'lots' });
      stranger.postMessage({ command: 'go', step: -4 });
      stranger.postMessage('next');
      stranger.postMessage(null);
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.get().step).toBe(0);
  });
});
