/** The front of a pair of glasses: lenses, rims, bridge, nose pads and hinge blocks, sized on the eyes. */
import type { Fit } from './fit';
import { FINISHES, type Finish, type Part } from './model';
import { shapedLensOutline, superellipseOutline } from './outlines';
import { pathTangents, smoothPath } from './paths';
import { extrudeOutline } from './extrude';
import { mirrorX, translate } from './place';
import { superellipsoid } from './solids';
import { sweep } from './sweep';
import { cross, type Vec2, type Vec3 } from './vec';

export interface FrameStyle {
  lens: { width: number; height: number; exponent: number; drop?: number; lift?: number };
  /** The rim's section: across the outline and front to back (metres). */
  rim: { width: number; depth: number };
  frame: Finish;
  lensFinish: Finish;
  nosePads: boolean;
  /** Aviators carry a straight bar above the bridge. */
  topBar: boolean;
}

/** Palette cells of a pair of glasses. */
export const GLASSES_CELLS = { frame: 0, lens: 1, metal: 2, pads: 3 } as const;

/** Where the right lens sits (the left one is its mirror image) and the plane of the front. */
export interface FrontLayout {
  centre: Vec3;
  outline: Vec2[];
  /** The outer top corner, where the temple hinges. */
  hinge: Vec3;
}

/** Lenses centred on the eyes, the front just clear of the brow, nose and cheeks. */
export function frontLayout(fit: Fit, style: FrameStyle): FrontLayout {
  const eye = fit.landmarks.rightEye;
  const { width, height } = style.lens;
  const centreX = Math.min(eye[0], -(width / 2 + 0.008));
  const [top, bottom] = [eye[1] + height / 2 + 0.004, eye[1] - height / 2];
  const front = faceFront(fit, 0, Math.abs(centreX) + width / 2, bottom, top);
  const centre: Vec3 = [centreX, eye[1] + 0.002, front + style.rim.depth / 2 + 0.004];
  const outline = shapedLensOutline(width, height, style.lens.exponent, style.lens, 48);
  const hinge: Vec3 = [centre[0] - width / 2 - style.rim.width / 2, centre[1] + height * 0.28, centre[2] - style.rim.depth / 2];
  return { centre, outline, hinge };
}

/** The most forward skin between |x| in [x0, x1] and y in [y0, y1]. */
function faceFront(fit: Fit, x0: number, x1: number, y0: number, y1: number): number {
  const p = fit.body.positions;
  let front = -Infinity;
  for (let i = 0; i < p.length / 3; i++) {
    const [x, y, z] = [Math.abs(p[i * 3]!), p[i * 3 + 1]!, p[i * 3 + 2]!];
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1) front = Math.max(front, z);
  }
  return front;
}

/** One lens and its rim (right side). */
function lensAndRim(layout: FrontLayout, style: FrameStyle): Part[] {
  const path = layout.outline.map(([x, y]): Vec3 => [layout.centre[0] + x, layout.centre[1] + y, layout.centre[2]]);
  const outward = pathTangents(path, true).map((t): Vec3 => [t[1], -t[0], 0]);
  const section = superellipseOutline(style.rim.width, style.rim.depth, 4, 8);
  const rim = sweep(path, section, { closed: true, sideways: outward });
  const lens = translate(extrudeOutline(layout.outline, 0.0012), [layout.centre[0], layout.centre[1], layout.centre[2] - 0.0006]);
  return [
    { surface: rim, colour: GLASSES_CELLS.frame, finish: style.frame },
    { surface: lens, colour: GLASSES_CELLS.lens, finish: style.lensFinish },
  ];
}

/** A bar from the right lens's nose side to the left one's, arching `rise` above its ends. */
function bridgeBar(layout: FrontLayout, style: FrameStyle, height: number, rise: number): Part {
  const inner = layout.centre[0] + style.lens.width / 2 - style.rim.width / 2;
  const [y, z] = [layout.centre[1] + height, layout.centre[2]];
  const path = smoothPath([[inner, y, z], [0, y + rise, z + 0.002], [-inner, y, z]], 8);
  const sideways = pathTangents(path, false).map((t) => cross([0, 0, 1], t));
  const section = superellipseOutline(style.rim.width * 0.8, style.rim.depth * 0.8, 4, 8);
  return { surface: sweep(path, section, { sideways }), colour: GLASSES_CELLS.frame, finish: style.frame };
}

/** A pad resting on the right side of the nose, held by a short wire from the rim. */
function nosePad(fit: Fit, layout: FrontLayout, style: FrameStyle): Part[] {
  const x = layout.centre[0] + style.lens.width / 2 - 0.002;
  const start: Vec3 = [-0.0095, layout.centre[1] - 0.006, layout.centre[2]];
  let pad = start;
  while (fit.index.signedDistance([pad[0], pad[1], pad[2] - 0.0005], 0.02) > 0.0025) pad = [pad[0], pad[1], pad[2] - 0.0005];
  const wire = smoothPath([[x, layout.centre[1] + 0.004, layout.centre[2]], [pad[0] - 0.002, pad[1] + 0.002, (pad[2] + layout.centre[2]) / 2], pad], 6);
  return [
    { surface: translate(superellipsoid([0.0012, 0.005, 0.0035], 2, 12, 8), pad), colour: GLASSES_CELLS.pads, finish: FINISHES.plastic },
    { surface: sweep(wire, superellipseOutline(0.0008, 0.0008, 2, 6)), colour: GLASSES_CELLS.metal, finish: FINISHES.metal },
  ];
}

function hingeBlock(layout: FrontLayout, style: FrameStyle): Part {
  const size: Vec3 = [style.rim.width * 0.9, style.rim.width * 1.4, 0.005];
  return { surface: translate(superellipsoid(size, 6, 12, 8), [layout.hinge[0] + 0.001, layout.hinge[1], layout.hinge[2] - 0.002]), colour: GLASSES_CELLS.frame, finish: style.frame };
}

/** The whole front: the right half built on the right eye and mirrored, plus the bridge (and top bar). */
export function glassesFront(fit: Fit, style: FrameStyle, layout: FrontLayout): Part[] {
  const right = [...lensAndRim(layout, style), hingeBlock(layout, style), ...(style.nosePads ? nosePad(fit, layout, style) : [])];
  const left = right.map((part) => ({ ...part, surface: mirrorX(part.surface) }));
  const bars = [bridgeBar(layout, style, style.lens.height * 0.22, 0.003)];
  if (style.topBar) bars.push(bridgeBar(layout, style, style.lens.height / 2 - style.rim.width / 2, 0));
  return [...right, ...left, ...bars];
}
