/**
 * Necklaces lying on the skin around the base of the neck: the loop's radius in every direction comes from the
 * body (`radialProfile`), dropping lower in front than behind.
 */
import { liftOff, settleOnto, type Fit } from './fit';
import { FINISHES, type Model, type Part } from './model';
import { ellipseOutline } from './outlines';
import { circlePath, frontSideBack, smoothPath } from './paths';
import { frameLookingAlong, placeInFrame, translate } from './place';
import { radialProfile, ringAround, sectionDirection, sectorAngles, type RadialSection } from './radialProfile';
import { extrudeOutline } from './extrude';
import { ellipsoid } from './solids';
import { tube } from './sweep';
import { add, addScaled, distance, lerp, type Vec3 } from './vec';

/** Palette cells of necklaces. */
export const NECKLACE_CELLS = { metal: 0, stone: 1 } as const;
/** A bead necklace is all beads: its main colour. */
export const BEAD_CELL = 0;

/** How far below the neck joint the loop runs in front, at the sides and behind (metres). */
export interface Drape {
  front: number;
  side: number;
  back: number;
}

/**
 * The loop's centre line, closed, first point in front: on the first skin met going out from the neck, its radii
 * averaged into a smooth curve, then lifted back out wherever that brought it closer than `clearance`.
 */
function necklaceLoop(fit: Fit, drape: Drape, clearance: number): Vec3[] {
  const heightAt = frontSideBack(-drape.front, -drape.side, -drape.back);
  const section: RadialSection = { origin: fit.landmarks.neck, axis: [0, 1, 0], start: [0, 0, 1], sectors: 72, heightAt, band: 0.006, maxRadius: 0.16, skin: 'first' };
  let radii = radialProfile(fit.body, section);
  for (let pass = 0; pass < 6; pass++) radii = radii.map((r, i) => (radii[(i + 71) % 72]! + 2 * r + radii[(i + 1) % 72]!) / 4);
  const outward = sectorAngles(section).map((angle) => sectionDirection(section, angle));
  const ring = liftOff(fit.index, ringAround(section, radii, clearance), outward, clearance);
  return smoothPath(ring, 2, true);
}

export function buildPendantNecklace(fit: Fit, name: string): Model {
  const wire = 0.0011;
  const loop = necklaceLoop(fit, { front: 0.085, side: 0.004, back: -0.012 }, wire + 0.001);
  const front = loop[0]!;
  // A disc resting on the chest below the chain's lowest point, square to the skin there, hung from a small ring.
  const [rest] = settleOnto(fit.index, [[front[0], front[1] - 0.019, front[2] + 0.1]], [0, 0, -1], 0.0025);
  const facing = fit.index.normal(fit.index.nearest(rest!));
  const disc = placeInFrame(extrudeOutline(ellipseOutline(0.024, 0.026, 40), 0.0025), frameLookingAlong(addScaled(rest!, facing, -0.0012), facing));
  const ringCentre = lerp(front, rest!, 0.3);
  const bail = tube(circlePath(add(ringCentre, [0, 0, 0.0025]), [1, 0, 0], [0, 1, 0], 0.0035, 16), 0.0009, 8, { closed: true });
  const chain: Part = { surface: tube(loop, wire, 6, { closed: true }), colour: NECKLACE_CELLS.metal, finish: FINISHES.metal };
  return {
    name,
    parts: [chain, { surface: bail, colour: NECKLACE_CELLS.metal, finish: FINISHES.metal }, { surface: disc, colour: NECKLACE_CELLS.stone, finish: FINISHES.glossy }],
  };
}

/** Beads of `radius` strung evenly along the loop. */
export function buildBeadNecklace(fit: Fit, name: string, radius: number): Model {
  const loop = necklaceLoop(fit, { front: 0.05, side: 0.002, back: -0.012 }, radius + 0.001);
  const beads = evenlySpaced(loop, 2.1 * radius).map((centre) => translate(ellipsoid([radius, radius, radius], 10, 6), centre));
  return { name, parts: beads.map((surface) => ({ surface, colour: BEAD_CELL, finish: FINISHES.glossy })) };
}

/** Points every `step` metres along a closed path (the last gap is spread over the others). */
function evenlySpaced(loop: readonly Vec3[], step: number): Vec3[] {
  const lengths = loop.map((p, i) => distance(p, loop[(i + 1) % loop.length]!));
  const total = lengths.reduce((sum, l) => sum + l, 0);
  const count = Math.floor(total / step);
  const points: Vec3[] = [];
  let [segment, start] = [0, 0];
  for (let k = 0; k < count; k++) {
    const at = (k * total) / count;
    while (start + lengths[segment]! < at) start += lengths[segment++]!;
    points.push(lerp(loop[segment]!, loop[(segment + 1) % loop.length]!, (at - start) / lengths[segment]!));
  }
  return points;
}
