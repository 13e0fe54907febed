import { CameraViewSwitch } from './CameraViewSwitch';
import { HistoryButtons } from './HistoryButtons';

/** The side panel (a bottom sheet on phones) that holds the editor. */
export function EditorPanel() {
  return (
    <aside className="panel" aria-label="Editor" data-testid="editor.panel">
      <header className="panel__header">
        <h1 className="panel__title">Avatar Atelier</h1>
        <HistoryButtons />
      </header>
      <section className="panel__section" aria-labelledby="view-heading">
        <h2 id="view-heading">View</h2>
        <CameraViewSwitch />
      </section>
      <p className="panel__note">
        Create an avatar, then take it anywhere as a small manifest, a GLB or a VRM file. Everything stays in your
        browser.
      </p>
    </aside>
  );
}
