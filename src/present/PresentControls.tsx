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
          <span aria-hidden="true">←</span> Previous stop
        </button>
        <button
          type="button"
          className="button button--primary present-button present-button--nav"
          aria-disabled={props.atLast}
          aria-keyshortcuts="ArrowRight PageDown Space"
          onClick={props.onNext}
        >
          Next stop <span aria-hidden="true">→</span>
        </button>
      </div>
      <div className="stop-card__tools">
        <button
          type="button"
          className="button present-button"
          aria-pressed={props.playing}
          aria-disabled={!props.canPlay}
          aria-keyshortcuts="P"
          title={props.canPlay ? undefined : 'This stop has no time of the day to play'}
          onClick={props.onPlay}
        >
          {props.playing ? 'Pause this stop' : 'Play this stop'}
        </button>
        {fullscreen.enabled && (
          <button
            type="button"
            className="button present-button"
            aria-pressed={fullscreen.active}
            aria-keyshortcuts="F"
            onClick={fullscreen.toggle}
          >
            Full screen
          </button>
        )}
        <button
          type="button"
          className="button present-button"
          aria-keyshortcuts="B"
          onClick={props.onBlackout}
        >
          Black screen
        </button>
        {props.canOpenPresenter && (
          <button type="button" className="button present-button" onClick={props.onPresenter}>
            Presenter view
          </button>
        )}
        <button
          type="button"
          className="button present-button"
          aria-keyshortcuts="Escape"
          onClick={props.onExit}
        >
          Exit presentation
        </button>
      </div>
      <p className="stop-card__keys">
        <kbd>→</kbd> next · <kbd>←</kbd> back · <kbd>3</kbd> <kbd>Enter</kbd> stop 3 ·{' '}
        {fullscreen.enabled && (
          <>
            <kbd>F</kbd> full screen ·{' '}
          </>
        )}
        <kbd>P</kbd> play the stop · <kbd>B</kbd> black · <kbd>Esc</kbd> exit
      </p>
    </div>
  );
}
