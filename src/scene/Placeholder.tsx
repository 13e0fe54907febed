/** A neutral mannequin silhouette shown until the avatar is ready. */
export function Placeholder() {
  return (
    <group name="placeholder">
      <mesh position={[0, 1.62, 0]} castShadow>
        <sphereGeometry args={[0.11, 32, 24]} />
        <meshLambertMaterial color="#c9c4bc" />
      </mesh>
      <mesh position={[0, 1.1, 0]} castShadow>
        <capsuleGeometry args={[0.17, 0.5, 8, 24]} />
        <meshLambertMaterial color="#c9c4bc" />
      </mesh>
      {[-0.1, 0.1].map((x) => (
        <mesh key={x} position={[x, 0.45, 0]} castShadow>
          <capsuleGeometry args={[0.07, 0.7, 8, 16]} />
          <meshLambertMaterial color="#c9c4bc" />
        </mesh>
      ))}
    </group>
  );
}
