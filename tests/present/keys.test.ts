import { describe, expect, it } from 'vitest';
import { readPresentationKey } from '../../src/present/keys';

describe('readPresentationKey', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'blackout'],
    ['B', 'blackout'],
    ['.', 'blackout'],
    ['p', 'play'],
    ['P', 'play'],
    ['Escape', 'escape'],
  ])('%j asks for %s', (key, type) => {
    expect(readPresentationKey(key, '')).toEqual({ action: { type }, typed: '' });
  });

  it('leaves every other key to the page', () => {
    for (const key of ['a', 'Tab', 'ArrowUp', 'ArrowDown', 'Shift', 'x', '?']) {
      expect(readPresentationKey(key, '')).toBeNull();
    }
  });

  it('collects digits, then Enter jumps to that stop (0-based)', () => {
    const one = readPresentationKey('1', '');
    expect(one).toEqual({ action: null, typed: '1' });
    const twelve = readPresentationKey('2', one?.typed ?? '');
    expect(twelve).toEqual({ action: null, typed: '12' });
    expect(readPresentationKey('Enter', '12')).toEqual({
      action: { type: 'go', stop: 11 },
      typed: '',
    });
  });

  it('Backspace corrects a typed number before it goes back a stop', () => {
    expect(readPresentationKey('Backspace', '12')).toEqual({ action: null, typed: '1' });
    expect(readPresentationKey('Backspace', '1')).toEqual({ action: null, typed: '' });
  });

  it('Esc forgets a typed number instead of leaving', () => {
    expect(readPresentationKey('Escape', '4')).toEqual({ action: null, typed: '' });
  });

  it('stop 0 is not a stop: Enter then simply goes on', () => {
    expect(readPresentationKey('Enter', '0')).toEqual({ action: { type: 'next' }, typed: '' });
  });

  it('another action key forgets the typed number', () => {
    expect(readPresentationKey('PageDown', '7')).toEqual({ action: { type: 'next' }, typed: '' });
  });
});
