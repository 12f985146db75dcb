import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { Presentation } from '../../src/present/Presentation';
import type { AppState } from '../../src/state/store';
import type { Frame } from '../../src/state/url';
import type { Story } from '../../src/story/types';
import { renderWithStory } from '../fixtures/render';

export const PAGE_FRAME: Frame = { embed: false, data: null, origin: null, presenter: false };

/** Renders presentation mode as Explorer does (`present` on), with anything else beside it. */
export function renderPresentation({
  story,
  state = {},
  frame = PAGE_FRAME,
  beside,
}: {
  story?: Story;
  state?: Partial<AppState>;
  frame?: Frame;
  beside?: ReactElement;
} = {}) {
  const user = userEvent.setup();
  const result = renderWithStory(
    <>
      {beside}
      <Presentation frame={frame} />
    </>,
    { story, state: { present: true, ...state } },
  );
  return { ...result, user };
}
