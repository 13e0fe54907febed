import { AvatarView } from '../scene/AvatarView';
import { Stage } from '../scene/Stage';
import { EditorPanel } from '../ui/EditorPanel';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { WebGLUnavailable } from '../ui/WebGLUnavailable';
import { qaMode } from './urlFlags';
import { hasWebGL2 } from './webgl';

const webglAvailable = hasWebGL2();

/** Composition root: the stage and the editor panel, each behind its own error boundary. */
export function App() {
  return (
    <div className="app">
      <main className="stage" data-testid="stage">
        <ErrorBoundary area="The 3D stage">
          {webglAvailable ? (
            <Stage animate={!qaMode}>
              <AvatarView animate={!qaMode} />
            </Stage>
          ) : (
            <WebGLUnavailable />
          )}
        </ErrorBoundary>
      </main>
      <ErrorBoundary area="The editor panel">
        <EditorPanel />
      </ErrorBoundary>
    </div>
  );
}
