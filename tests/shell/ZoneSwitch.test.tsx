import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZoneSwitch } from '../../src/shell/ZoneSwitch';
import { zoneChoices } from '../../src/shell/zoneChoices';
import { miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';

afterEach(() => vi.restoreAllMocks());

const values = (story = miniStory(), current = 'story') =>
  zoneChoices(story, story.dayExtent[0], current).map((o) => o.value);

describe('the "Times in" choices', () => {
  it('offer each zone once when the second zone is UTC (the README example)', () => {
    expect(values(miniStory({ secondTimezone: 'UTC' }))).toEqual(['story', 'UTC', 'local']);
  });

  it('offer each zone once when the second zone is the story zone, or spelt Etc/UTC', () => {
    expect(values(miniStory({ secondTimezone: 'America/Anchorage' }))).toEqual([
      'story',
      'UTC',
      'local',
    ]);
    expect(values(miniStory({ secondTimezone: 'Etc/UTC' }))).toEqual(['story', 'UTC', 'local']);
  });

  it('keep a real second zone between the story zone and UTC', () => {
    expect(values()).toEqual(['story', 'Europe/Moscow', 'UTC', 'local']);
  });

  it('with second zone UTC, picking UTC sticks, and React warns about no duplicate key', async () => {
    const errors = vi.spyOn(console, 'error');
    const { store } = renderWithStory(<ZoneSwitch />, {
      story: miniStory({ secondTimezone: 'UTC' }),
    });
    const select = screen.getByRole('combobox', { name: /Times in/ });
    const options = [...select.querySelectorAll('option')].map((o) => o.value);
    expect(new Set(options).size).toBe(options.length);
    await userEvent.selectOptions(select, 'UTC');
    expect(store.get().zone).toBe('UTC');
    expect(select).toHaveValue('UTC');
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/same key/);
  });
});
