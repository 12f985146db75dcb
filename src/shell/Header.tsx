import { useStory } from '../state/hooks';
import { ZoneSwitch } from './ZoneSwitch';

/** The story's title and introduction, with the controls that change how everything reads. */
export function Header() {
  const story = useStory();
  return (
    <header className="header">
      <div className="header__text">
        <p className="header__brand">Dayline</p>
        <h1 className="header__title">{story.title}</h1>
        {story.subtitle && <p className="header__subtitle">{story.subtitle}</p>}
        {story.intro && <p className="header__intro">{story.intro}</p>}
      </div>
      <div className="header__controls">
        <ZoneSwitch />
      </div>
    </header>
  );
}
