import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { PresentButton } from '../present/PresentButton';
import { LangSwitch } from '../share/LangSwitch';
import { ShareButton } from '../share/ShareButton';
import { useStory } from '../state/hooks';
import { usePageText } from './usePageText';
import { ZoneSwitch } from './ZoneSwitch';

/** The story's title and introduction, with the controls that change how everything reads. */
export function Header() {
  const story = useStory();
  const t = useT();
  const [introOpen, setIntroOpen] = useState(false);
  usePageText(
    t('page.title', { title: story.title }),
    t('page.description', { title: story.title }),
  );
  return (
    <header className="header">
      <div className="header__text">
        <p className="header__brand">
          Dayline
          {/* Small and on the brand's line, so the header keeps its height (no layout shift). */}
          <a className="header__studio" href="./studio.html">
            {t('header.studio')}
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
            {introOpen ? t('header.less') : t('header.readIntro')}
          </button>
        )}
      </div>
      <div className="header__controls">
        <ZoneSwitch />
        <LangSwitch />
        <a className="button button--quiet" href="#sources-heading">
          {t('header.sources')}
        </a>
        <ShareButton />
        <PresentButton />
      </div>
    </header>
  );
}
