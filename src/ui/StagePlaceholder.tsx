/**
 * A neutral silhouette where the avatar will stand, shown until it does. The page draws it, not the 3D renderer:
 * it shows before the stage's first frame and costs a software renderer nothing while the avatar loads.
 */
export function StagePlaceholder() {
  return (
    <svg className="stage-placeholder" data-testid="stage.placeholder" viewBox="0 0 100 320" aria-hidden="true">
      <circle cx="50" cy="22" r="14" />
      <rect x="44" y="34" width="12" height="10" rx="4" />
      <rect x="30" y="40" width="40" height="112" rx="14" />
      <line x1="27" y1="50" x2="19" y2="146" />
      <line x1="73" y1="50" x2="81" y2="146" />
      <line x1="41" y1="140" x2="39" y2="306" className="leg" />
      <line x1="59" y1="140" x2="61" y2="306" className="leg" />
    </svg>
  );
}
