import { describe, expect, it } from 'vitest';
import { isPressTarget, isTypingTarget } from '../../src/ui/keyTargets';

describe('isTypingTarget and isPressTarget', () => {
  it('text fields, selects, text areas and editable content take typing; buttons do not', () => {
    const make = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return host.firstElementChild;
    };
    expect(isTypingTarget(make('<input type="text">'))).toBe(true);
    expect(isTypingTarget(make('<input type="search">'))).toBe(true);
    expect(isTypingTarget(make('<select><option>a</option></select>'))).toBe(true);
    expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true);
    expect(isTypingTarget(make('<div contenteditable="true"></div>'))).toBe(true);
    expect(isTypingTarget(make('<input type="checkbox">'))).toBe(false);
    expect(isTypingTarget(make('<button>Go</button>'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isPressTarget(make('<button>Go</button>'))).toBe(true);
    expect(isPressTarget(make('<a href="#x">x</a>'))).toBe(true);
    expect(isPressTarget(make('<h2 tabindex="-1">Stop</h2>'))).toBe(false);
  });
});
