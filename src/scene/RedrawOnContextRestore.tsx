import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';

/**
 * Draws again when the browser gives back a lost WebGL context (a GPU reset, a driver update, too many tabs):
 * three.js uploads again everything the scene still holds (geometry arrays, decoded images), but the stage draws
 * on demand, so without a frame it would stay blank until the next edit.
 */
export function RedrawOnContextRestore() {
  const canvas = useThree((state) => state.gl.domElement);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    // three.js listens first (it was created first), so its context is ready when this frame is asked for.
    const redraw = () => invalidate();
    canvas.addEventListener('webglcontextrestored', redraw);
    return () => canvas.removeEventListener('webglcontextrestored', redraw);
  }, [canvas, invalidate]);
  return null;
}
