/** Everything a builder measures the reference body with, computed once per pack; and contact helpers. */
import type { ReferenceBody } from './body';
import { indexBody, type BodyIndex } from './bodyIndex';
import { envelope, lineNeighbours } from './envelope';
import { headField, type HeadField } from './headField';
import { measureLandmarks, type Landmarks } from './landmarks';
import { addScaled, type Vec3 } from './vec';

export interface Fit {
  body: ReferenceBody;
  index: BodyIndex;
  landmarks: Landmarks;
  /** The skull, lightly smoothed (caps, beanies, headbands). */
  head: HeadField;
  /** The face smoothed over the nose and lips (a mask drapes over them). */
  face: HeadField;
}

export function measureFit(body: ReferenceBody): Fit {
  const landmarks = measureLandmarks(body);
  return {
    body,
    index: indexBody(body),
    landmarks,
    head: headField(body, landmarks.headCentre, 0.15),
    face: headField(body, landmarks.headCentre, 0.15, 4),
  };
}

/**
 * Slides points from outside (`starts`) along unit `inward` directions (one for all, or one per point) until they
 * come within `clearance` of the skin, then smooths the distances travelled conservatively (no point moves
 * closer), so the row reads as one smooth part.
 */
export function settleOnto(index: BodyIndex, starts: readonly Vec3[], inward: Vec3 | readonly Vec3[], clearance: number, reach = 0.25): Vec3[] {
  const directionOf = (i: number): Vec3 => (isVec3(inward) ? inward : inward[i]!);
  const travel = starts.map((start, i) => {
    let moved = 0;
    while (moved < reach && index.signedDistance(addScaled(start, directionOf(i), moved + 0.0005), 0.02) > clearance) moved += 0.0005;
    return moved;
  });
  // Travelling less keeps a point farther out: smooth the negated travel with the conservative envelope.
  const smoothed = envelope(travel.map((t) => -t), lineNeighbours(travel.length));
  return starts.map((start, i) => addScaled(start, directionOf(i), -smoothed[i]!));
}

function isVec3(value: Vec3 | readonly Vec3[]): value is Vec3 {
  return typeof value[0] === 'number';
}

/** Moves each point out along its unit direction (0.5 mm steps, at most 3 cm) until it is `clearance` off the skin. */
export function liftOff(index: BodyIndex, points: readonly Vec3[], outward: readonly Vec3[], clearance: number): Vec3[] {
  return points.map((start, i) => {
    let point = start;
    for (let step = 0; step < 60 && index.signedDistance(point) < clearance; step++) point = addScaled(point, outward[i]!, 0.0005);
    return point;
  });
}
