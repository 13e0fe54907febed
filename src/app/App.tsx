import { AvatarView } from '../scene/AvatarView';
import { Stage } from '../scene/Stage';
import { EditorPanel } from '../ui/EditorPanel';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { WebGLUnavailable } from '../ui/WebGLUnavailable';
import { qaMode } from './urlFlags';
import { probeWebGL } from './webgl';

const webgl = probeWebGL();

/** Composition root: the stage and the editor panel, each behind its own error boundary. */
export function App() {
  return (
    <div className="app">
      <main className="stage" data-testid="stage">
        <ErrorBoundary area="The 3D stage">
          {webgl.available ? (
            <Stage animate={!qaMode} software={webgl.software}>
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
