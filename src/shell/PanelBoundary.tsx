import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';

interface Props {
  /** The panel's name, for the message: "The map could not be shown." */
  name: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** One failing panel shows its own error; the others keep working (DESIGN.md, "Bad input"). */
export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Dayline: the ${this.props.name} failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <PanelError
        name={this.props.name}
        message={this.state.error.message}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

function PanelError({
  name,
  message,
  onRetry,
}: {
  name: string;
  message: string;
  onRetry(): void;
}) {
  const t = useT();
  return (
    <div className="panel-error" role="alert">
      <p>
        <strong>{t('panel.failed', { panel: name })}</strong> {t('panel.othersWork')}
      </p>
      <p className="panel-error__detail">{message}</p>
      <button type="button" onClick={onRetry}>
        {t('panel.tryAgain')}
      </button>
    </div>
  );
}
