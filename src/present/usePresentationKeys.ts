import { useEffect, useRef, useState } from 'react';
import { isPressTarget, isTypingTarget } from '../ui/keyTargets';
import { type PresentAction, readPresentationKey } from './keys';

/** Options of `usePresentationKeys`. */
export interface PresentationKeyOptions {
  /** While the screen is black, any key only brings the presentation back (`onWake`). */
  readonly blackedOut?: boolean;
  readonly onWake?: () => void;
}

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

/**
 * Listens on the window, so a clicker's PageUp/PageDown work wherever focus is, but leaves keys
 * alone inside text fields, with Ctrl/Alt/⌘ held, and when a control already handled them.
 * Returns the stop number typed so far, for the card to show.
 */
export function usePresentationKeys(
  onAction: (action: PresentAction) => void,
  { blackedOut = false, onWake }: PresentationKeyOptions = {},
): string {
  const [typed, setTyped] = useState('');
  const latest = useRef({ onAction, onWake, blackedOut, typed });
  latest.current = { onAction, onWake, blackedOut, typed };

  useEffect(function listenForPresentationKeys() {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTypingTarget(event.target) || MODIFIER_KEYS.has(event.key)) return;
      const current = latest.current;
      if (current.blackedOut) {
        event.preventDefault();
        current.onWake?.();
        return;
      }
      const pressesControl =
        (event.key === 'Enter' || event.key === ' ') && isPressTarget(event.target);
      // Enter and Space belong to a focused button, unless a stop number is being typed.
      if (pressesControl && !(event.key === 'Enter' && current.typed)) return;
      const reading = readPresentationKey(event.key, current.typed);
      if (!reading) {
        if (current.typed) setTyped('');
        return;
      }
      event.preventDefault();
      current.typed = reading.typed;
      setTyped(reading.typed);
      if (reading.action) current.onAction(reading.action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return typed;
}
