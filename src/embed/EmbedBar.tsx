import type { Frame } from '../state/url';
import { useStory } from '../state/hooks';

/** The small title bar shown instead of the page header in embed mode. */
export function EmbedBar(_props: { frame: Frame }) {
  const story = useStory();
  return (
    <header className="embed-bar">
      <h1 className="embed-bar__title">{story.title}</h1>
    </header>
  );
}
