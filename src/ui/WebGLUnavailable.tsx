/** Shown instead of the stage when the browser cannot draw 3D. */
export function WebGLUnavailable() {
  return (
    <div role="alert" className="failure" data-testid="stage.no-webgl">
      <p className="failure__title">Your browser cannot show 3D graphics here.</p>
      <p className="failure__detail">
        Avatar Atelier needs WebGL 2. Turn on hardware acceleration in your browser settings, or try a recent
        version of Firefox, Chrome, Edge or Safari.
      </p>
    </div>
  );
}
