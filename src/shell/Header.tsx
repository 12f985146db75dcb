import { useState } from 'react';
import { PresentButton } from '../present/PresentButton';
import { ShareButton } from '../share/ShareButton';
import { useStory } from '../state/hooks';
import { ZoneSwitch } from './ZoneSwitch';

/** The story's title and introduction, with the controls that change how everything reads. */
export function Header() {
  const story = useStory();
  const [introOpen, setIntroOpen] = useState(false);
  return (
    <header className="header">
      <div className="header__text">
        <p className="header__brand">
          Dayline
          {/* Small and on the brand's line, so the header keeps its height (no layout shift). */}
          <a className="header__studio" href="./studio.html">
            Make your own story
          </a>
        </p>
        <h1 className="header__title" lang={story.langOf('', '', 'title')}>
          {story.title}
        </h1>
        {story.subtitle && (
          <p className="header__subtitle" lang={story.langOf('', '', 'subtitle')}>
            {story.subtitle}
          </p>
        )}
        {story.intro && (
          <p
            className={`header__intro${introOpen ? ' header__intro--open' : ''}`}
            id="story-intro"
            lang={story.langOf('', '', 'intro')}
          >
            {story.intro}
          </p>
        )}
        {story.intro && story.intro.length > 180 && (
          <button
            type="button"
            className="link-button header__more"
            aria-expanded={introOpen}
            aria-controls="story-intro"
            onClick={() => setIntroOpen((o) => !o)}
          >
            {introOpen ? 'Less' : 'Read the introduction'}
          </button>
        )}
      </div>
      <div className="header__controls">
        <ZoneSwitch />
        <a className="button button--quiet" href="#sources-heading">
          Sources
        </a>
        <ShareButton />
        <PresentButton />
      </div>
    </header>
  );
}
