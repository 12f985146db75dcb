import { useId } from 'react';
import { useT } from '../i18n/i18n';
import { useAppState, useStore } from '../state/hooks';
import type { PlaySpeed } from '../state/store';
import { stepEvent, togglePlay } from './actions';
import { PlayAnnouncer } from './PlayAnnouncer';
import { usePlayClock } from './usePlayClock';
import './play.css';

const SPEEDS: readonly PlaySpeed[] = [5, 15, 60];

/**
 * Play the day: previous event, play/pause, next event and the speed. The keys (`j`, `k`, `l`)
 * do the same anywhere on the page; each button's title names its key.
 */
export function PlayControls() {
  const t = useT();
  const store = useStore();
  const clock = usePlayClock();
  const playing = useAppState((s) => s.playing);
  const speed = useAppState((s) => s.speed);
  const speedId = useId();
  return (
    <fieldset className="play-controls">
      <legend className="visually-hidden">{t('play.legend')}</legend>
      <button
        type="button"
        className="play-controls__button"
        aria-label={t('play.previous')}
        title={t('play.previousTitle')}
        onClick={() => stepEvent(store, clock, -1)}
      >
        <Icon d="M3 2h2v12H3zM14 2v12L6 8z" />
      </button>
      <button
        type="button"
        className="play-controls__button play-controls__play"
        aria-pressed={playing}
        title={playing ? t('play.pauseTitle') : t('play.playTitle')}
        onClick={() => togglePlay(store)}
      >
        {playing ? <Icon d="M3 2h4v12H3zM9 2h4v12H9z" /> : <Icon d="M3 2v12l11-6z" />}
        <span>{playing ? t('play.pause') : t('play.play')}</span>
      </button>
      <button
        type="button"
        className="play-controls__button"
        aria-label={t('play.next')}
        title={t('play.nextTitle')}
        onClick={() => stepEvent(store, clock, 1)}
      >
        <Icon d="M11 2h2v12h-2zM2 2v12l8-6z" />
      </button>
      <label className="visually-hidden" htmlFor={speedId}>
        {t('play.speed')}
      </label>
      <select
        id={speedId}
        className="play-controls__speed"
        value={speed}
        onChange={(e) => store.set({ speed: Number(e.target.value) as PlaySpeed })}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {t('play.speedOption', { s })}
          </option>
        ))}
      </select>
      <PlayAnnouncer />
    </fieldset>
  );
}

function Icon({ d }: { d: string }) {
  return (
    <svg className="play-controls__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}
