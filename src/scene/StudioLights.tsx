/**
 * A portrait-studio light rig: a soft sky/ground fill, a warm key light, a cool fill and a rim light that
 * separates the hair and shoulders from the backdrop. Direct lights only: an image-based environment had to be
 * generated in the browser (a PMREM pass), which took 1.5–2 s of a software renderer before the avatar could show.
 */
export function StudioLights() {
  return (
    <>
      <hemisphereLight args={['#f4f1ec', '#6f675e', 1.9]} />
      <directionalLight position={[1.6, 1.9, 2.6]} intensity={1.9} color="#fff6ec" />
      <directionalLight position={[-2.2, 1.4, 1.6]} intensity={0.7} color="#e8eef8" />
      <directionalLight position={[-0.6, 2.2, -2.6]} intensity={1.3} color="#ffffff" />
    </>
  );
}
