import { Component, type ErrorInfo, type ReactNode } from 'react';

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
      <div className="panel-error" role="alert">
        <p>
          <strong>The {this.props.name} could not be shown.</strong> The other views still work.
        </p>
        <p className="panel-error__detail">{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
