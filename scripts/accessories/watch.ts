/** A wristwatch on the left wrist: a strap around the wrist's measured section, a round case on its back. */
import type { Fit } from './fit';
import { FINISHES, type Model } from './model';
import { extrudeOutline } from './extrude';
import { ellipseOutline, superellipseOutline } from './outlines';
import { smoothPath } from './paths';
import { frameLookingAlong, placeInFrame } from './place';
import { radialProfile, ringAround, sectorAngles, sectionDirection, type RadialSection } from './radialProfile';
import { lathe, superellipsoid } from './solids';
import { sweep } from './sweep';
import { addScaled, scale, type Vec3 } from './vec';

/** Palette cells of the watch. */
export const WATCH_CELLS = { strap: 0, case: 1, dial: 2, hands: 3 } as const;

const STRAP_WIDTH = 0.019;
const STRAP_THICKNESS = 0.0025;
/** The case in section (radius, height): a back, a wall, a raised bezel around the dial's recess at height 0.004. */
const CASE_PROFILE: [number, number][] = [[0, 0], [0.0145, 0], [0.0165, 0.0015], [0.0165, 0.0045], [0.0155, 0.006], [0.0135, 0.006], [0.013, 0.004], [0, 0.004]];

/** The wrist section under the strap: across the forearm, 2.5 cm before the hand joint; sector 0 on the back. */
function wristSection(fit: Fit): RadialSection {
  const { joint, axis, back } = fit.landmarks.wrist;
  return { origin: addScaled(joint, axis, -0.025), axis, start: back, sectors: 48, heightAt: () => 0, band: STRAP_WIDTH / 2, maxRadius: 0.06 };
}

export function buildWatch(fit: Fit, name: string): Model {
  const section = wristSection(fit);
  const radii = radialProfile(fit.body, section);
  const path = smoothPath(ringAround(section, radii, 0.0015 + STRAP_THICKNESS / 2), 2, true);
  const outward = smoothPath(sectorAngles(section).map((a) => sectionDirection(section, a)), 2, true);
  const strap = sweep(path, superellipseOutline(STRAP_THICKNESS, STRAP_WIDTH, 6, 16), { closed: true, sideways: outward });
  // The case sits on the strap over the back of the wrist, its face square to the back direction.
  const top: Vec3 = addScaled(path[0]!, section.start, STRAP_THICKNESS / 2);
  const face = frameLookingAlong(addScaled(top, section.start, 0.004), section.start, section.axis);
  // A lathe turns about its Y axis: carry Y onto the face's normal.
  const caseBody = placeInFrame(lathe(CASE_PROFILE, 40), { ...face, origin: addScaled(face.origin, face.z, -0.004), y: face.z, z: scale(face.y, -1) });
  const dial = placeInFrame(extrudeOutline(ellipseOutline(0.026, 0.026, 40), 0.0005), face);
  const hand = (angle: number, length: number) => {
    const direction = addScaled(addScaled([0, 0, 0], face.x, Math.sin(angle)), face.y, Math.cos(angle));
    const frame = frameLookingAlong(addScaled(addScaled(face.origin, face.z, 0.0008), direction, length / 2), face.z, direction);
    return placeInFrame(superellipsoid([0.0007, length / 2, 0.0003], 4, 8, 4), frame);
  };
  return {
    name,
    parts: [
      { surface: strap, colour: WATCH_CELLS.strap, finish: FINISHES.matte },
      { surface: caseBody, colour: WATCH_CELLS.case, finish: FINISHES.metal },
      { surface: dial, colour: WATCH_CELLS.dial, finish: FINISHES.glossy },
      { surface: hand(0.9, 0.008), colour: WATCH_CELLS.hands, finish: FINISHES.metal },
      { surface: hand(-1.4, 0.011), colour: WATCH_CELLS.hands, finish: FINISHES.metal },
    ],
  };
}
