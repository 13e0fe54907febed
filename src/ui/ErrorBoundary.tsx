import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './i18n';

interface ErrorBoundaryProps {
  /** Which area it guards (named to the user in their language). */
  area: 'stage' | 'panel';
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** Keeps a failure inside one area: shows what failed and a retry, while the rest of the app keeps working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.area} failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <Failure area={this.props.area} error={error} onRetry={() => this.setState({ error: null })} />;
  }
}

function Failure({ area, error, onRetry }: { area: ErrorBoundaryProps['area']; error: Error; onRetry: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="failure" data-testid="error-boundary">
      <p className="failure__title">{t('failure.stopped', { area: t(`failure.${area}`) })}</p>
      <p className="failure__detail">{error.message}</p>
      <button type="button" onClick={onRetry}>
        {t('failure.retry')}
      </button>
    </div>
  );
}
