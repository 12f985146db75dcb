import { Rich, useT } from '../i18n/i18n';
import type { Fullscreen } from '../ui/useFullscreen';

/** Props of the presentation's buttons; every key has a button too. */
export interface PresentControlsProps {
  readonly atFirst: boolean;
  readonly atLast: boolean;
  readonly fullscreen: Fullscreen;
  /** The presenter view needs a top-level window; an embed's channel is partitioned. */
  readonly canOpenPresenter: boolean;
  /** The stop has a span of the day to play (see stopSpan), and whether it is playing. */
  readonly canPlay: boolean;
  readonly playing: boolean;
  onPlay(): void;
  onPrevious(): void;
  onNext(): void;
  onBlackout(): void;
  onPresenter(): void;
  onExit(): void;
}

/** Previous/next, then the tools: full screen, black screen, presenter view, exit. */
export function PresentControls(props: PresentControlsProps) {
  const { fullscreen } = props;
  const t = useT();
  return (
    <div className="stop-card__controls">
      <div className="stop-card__nav">
        <button
          type="button"
          className="button present-button present-button--nav"
          aria-disabled={props.atFirst}
          aria-keyshortcuts="ArrowLeft PageUp"
          onClick={props.onPrevious}
        >
          <span aria-hidden="true">←</span> {t('present.previous')}
        </button>
        <button
          type="button"
          className="button button--primary present-button present-button--nav"
          aria-disabled={props.atLast}
          aria-keyshortcuts="ArrowRight PageDown Space"
          onClick={props.onNext}
        >
          {t('present.next')} <span aria-hidden="true">→</span>
        </button>
      </div>
      <div className="stop-card__tools">
        <button
          type="button"
          className="button present-button"
          aria-pressed={props.playing}
          aria-disabled={!props.canPlay}
          aria-keyshortcuts="P"
          title={props.canPlay ? undefined : t('present.stopNoTime')}
          onClick={props.onPlay}
        >
          {props.playing ? t('present.pauseStop') : t('present.playStop')}
        </button>
        {fullscreen.enabled && (
          <button
            type="button"
            className="button present-button"
            aria-pressed={fullscreen.active}
            aria-keyshortcuts="F"
            onClick={fullscreen.toggle}
          >
            {t('present.fullscreen')}
          </button>
        )}
        <button
          type="button"
          className="button present-button"
          aria-keyshortcuts="B"
          onClick={props.onBlackout}
        >
          {t('present.black')}
        </button>
        {props.canOpenPresenter && (
          <button type="button" className="button present-button" onClick={props.onPresenter}>
            {t('present.presenter')}
          </button>
        )}
        <button
          type="button"
          className="button present-button"
          aria-keyshortcuts="Escape"
          onClick={props.onExit}
        >
          {t('present.exit')}
        </button>
      </div>
      <p className="stop-card__keys">
        <Rich
          id={fullscreen.enabled ? 'present.keys' : 'present.keysNoFullscreen'}
          parts={{
            right: <kbd>→</kbd>,
            left: <kbd>←</kbd>,
            three: <kbd>3</kbd>,
            enter: <kbd>Enter</kbd>,
            f: <kbd>F</kbd>,
            p: <kbd>P</kbd>,
            b: <kbd>B</kbd>,
            esc: <kbd>Esc</kbd>,
          }}
        />
      </p>
    </div>
  );
}
