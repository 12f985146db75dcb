import { useEffect, useMemo } from 'react';
import type { Problem } from '../data/problems';
import type { Frame } from '../state/url';
import { hostPoster } from './postToHost';
import { errorMessage } from './protocol';
import { useAutoHeight } from './useAutoHeight';
import './embed.css';

/**
 * Embed mode's part of the app shell, from the first render on: the host hears the height while
 * the story loads, and an `error` message if it cannot be shown (`problems` is then non-null).
 */
export function useEmbedShell(frame: Frame, problems: readonly Problem[] | null): void {
  const post = useMemo(() => hostPoster(frame.origin), [frame.origin]);
  useAutoHeight(frame.embed, post);
  useEffect(
    function reportLoadError() {
      if (frame.embed && problems) post(errorMessage(problems));
    },
    [frame.embed, problems, post],
  );
}
