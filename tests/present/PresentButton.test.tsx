import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PresentButton } from '../../src/present/PresentButton';
import { miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';

describe('PresentButton', () => {
  it('starts presentation mode at the first stop, selecting it in the same change', async () => {
    const { store } = renderWithStory(<PresentButton />);
    const changes: unknown[] = [];
    store.subscribe((state) =>
      changes.push({ present: state.present, step: state.step, selection: state.selection }),
    );
    await userEvent.click(screen.getByRole('button', { name: /^present/i }));
    expect(changes).toEqual([
      { present: true, step: 0, selection: { kind: 'event', id: 'arrival' } },
    ]);
  });

  it('resumes at the stop the tour was left at', async () => {
    const { store } = renderWithStory(<PresentButton />, { state: { step: 2 } });
    await userEvent.click(screen.getByRole('button', { name: /^present/i }));
    expect(store.get()).toMatchObject({
      present: true,
      step: 2,
      selection: { kind: 'quote', id: 'q-capital' },
    });
  });

  it('gives focus back to itself when presentation mode ends', async () => {
    const { store } = renderWithStory(<PresentButton />);
    const button = screen.getByRole('button', { name: /^present/i });
    await userEvent.click(button);
    button.blur();
    act(() => store.set({ present: false }));
    expect(button).toHaveFocus();
  });

  it('is not offered for a story without a tour', () => {
    renderWithStory(<PresentButton />, { story: miniStory({ tour: [] }) });
    expect(screen.queryByRole('button', { name: /^present/i })).not.toBeInTheDocument();
  });
});
