import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../src/render/useAfterPaint';

function Later() {
  return <p>{useAfterPaint() ? 'after' : 'first'}</p>;
}

afterEach(() => vi.restoreAllMocks());

describe('useAfterPaint', () => {
  it('is false in the first render and true once the frame has been painted', async () => {
    render(<Later />);
    expect(screen.getByText('first')).toBeInTheDocument();
    expect(await screen.findByText('after')).toBeInTheDocument();
  });

  it('does not wait for a frame that never comes (a background tab)', async () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    render(<Later />);
    expect(screen.getByText('first')).toBeInTheDocument();
    expect(await screen.findByText('after')).toBeInTheDocument();
  });

  it('stops waiting when the component goes before the frame', () => {
    const cancelFrame = vi.spyOn(window, 'cancelAnimationFrame');
    const { unmount } = render(<Later />);
    unmount();
    expect(cancelFrame).toHaveBeenCalled();
  });
});
