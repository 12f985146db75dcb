import { useStory } from '../state/hooks';
import { shownQuote } from '../story/translationLabel';
import type { StoryQuote } from '../story/types';

/**
 * The translation shown beside the original when none was sourced in the reader's language: a
 * Ukrainian reader of a Russian quote sees the Russian words and an English translation, saying
 * whose it is. Nothing when the first words shown are already in the reader's language.
 */
export function AlsoShownVersion({ quote, className }: { quote: StoryQuote; className?: string }) {
  const story = useStory();
  const { also } = shownQuote(quote, story);
  if (!also) return null;
  return (
    <p className={`quote-also ${className ?? ''}`.trim()}>
      <span className="quote-also__line">{also.line}: </span>
      <q lang={also.lang}>{also.text}</q>
    </p>
  );
}
