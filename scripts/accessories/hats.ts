/** Headwear fitted to the skull: a baseball cap, a ribbed beanie with a pompom, a bucket hat. */
import type { Fit } from './fit';
import { FINISHES, type Model, type Part } from './model';
import { frontSideBack } from './paths';
import { crownRows, thicken } from './shell';
import { lathe, ellipsoid } from './solids';
import { translate } from './place';
import { add, addScaled, normalize, type Vec3 } from './vec';

const DEG = Math.PI / 180;
const COLUMNS = 72;
/** Enough columns to draw 24 knitted ribs. */
const RIBBED_COLUMNS = 96;

/** Palette cells of headwear. */
export const HAT_CELLS = { main: 0, trim: 1 } as const;

function crown(fit: Fit, rim: (a: number) => number, extra: (a: number, e: number) => number, thickness: number): Part {
  const rows = crownRows(fit.head, rim, extra, COLUMNS, 14);
  return { surface: thicken(rows, thickness, true), colour: HAT_CELLS.main, finish: FINISHES.fabric };
}

/** The rim's points, `extra` outside the skin. */
function rimPoints(fit: Fit, rim: (a: number) => number, extra: number, azimuths: readonly number[]): Vec3[] {
  return azimuths.map((a) => fit.head.pointAt(a, rim(a), extra));
}

export function buildBaseballCap(fit: Fit, name: string): Model {
  const rim = frontSideBack(17 * DEG, 24 * DEG, -4 * DEG);
  const thickness = 0.003;
  const azimuths = Array.from({ length: 25 }, (_, j) => (-55 + (110 * j) / 24) * DEG);
  const inner = rimPoints(fit, rim, 0.004, azimuths);
  // The visor reaches forward and a little down, longest in the middle, its sides curving down.
  const visorRows = [0, 0.25, 0.5, 0.75, 1].map((t) =>
    inner.map((p, j) => {
      const across = (j / (azimuths.length - 1)) * 2 - 1;
      const reach = 0.075 * Math.sqrt(Math.max(0, 1 - across * across)) * t;
      const outward = normalize([Math.sin(azimuths[j]!), 0, Math.cos(azimuths[j]!)]);
      return add(addScaled(p, outward, reach), [0, -0.012 * t - 0.012 * across * across * t, 0.01 * t]);
    }),
  );
  const button = translate(lathe([[0, 0], [0.007, 0], [0.007, 0.002], [0.005, 0.0035], [0, 0.004]], 16), fit.head.pointAt(0, Math.PI / 2, 0.004 + thickness - 0.001));
  return {
    name,
    parts: [
      crown(fit, rim, () => 0.004, thickness),
      { surface: thicken(visorRows.map((row) => [...row].reverse()), 0.0035, false), colour: HAT_CELLS.trim, finish: FINISHES.fabric },
      { surface: button, colour: HAT_CELLS.main, finish: FINISHES.fabric },
    ],
  };
}

export function buildBeanie(fit: Fit, name: string): Model {
  const rim = frontSideBack(16 * DEG, 12 * DEG, -14 * DEG);
  // Knitted ribs everywhere and a little slouch on top; a folded cuff over the lower part.
  const rib = (a: number): number => 0.0018 * (0.5 + 0.5 * Math.cos(24 * a));
  const extra = (a: number, e: number): number => 0.004 + 0.012 * Math.max(0, Math.sin(e)) ** 3 + rib(a);
  const azimuths = Array.from({ length: RIBBED_COLUMNS }, (_, j) => (2 * Math.PI * j) / RIBBED_COLUMNS);
  const cuff = [0, 9, 18].map((up) => azimuths.map((a) => fit.head.pointAt(a, rim(a) + up * DEG, extra(a, rim(a) + up * DEG) + 0.0045)));
  const top = fit.head.pointAt(0, Math.PI / 2, 0.004 + 0.012 + 0.004);
  const pompom = translate(ellipsoid([0.03, 0.026, 0.03], 24, 16), addScaled(top, [0, 1, 0], 0.018));
  return {
    name,
    parts: [
      { surface: thicken(crownRows(fit.head, rim, extra, RIBBED_COLUMNS, 14), 0.004, true), colour: HAT_CELLS.main, finish: FINISHES.fabric },
      { surface: thicken(cuff, 0.004, true), colour: HAT_CELLS.main, finish: FINISHES.fabric },
      { surface: pompom, colour: HAT_CELLS.trim, finish: FINISHES.fabric },
    ],
  };
}

export function buildBucketHat(fit: Fit, name: string): Model {
  const rim = frontSideBack(16 * DEG, 24 * DEG, 2 * DEG);
  const azimuths = Array.from({ length: COLUMNS }, (_, j) => (2 * Math.PI * j) / COLUMNS);
  const inner = rimPoints(fit, rim, 0.005, azimuths);
  // A taller crown than the skull, a band around its foot, and a brim sloping down and out all round.
  const crownExtra = (_: number, e: number): number => 0.005 + 0.012 * Math.max(0, Math.sin(e)) ** 2;
  const band = [0, 7 * DEG].map((up) => azimuths.map((a) => fit.head.pointAt(a, rim(a) + up, crownExtra(a, rim(a) + up) + 0.0038)));
  const brimRows = [0, 0.33, 0.66, 1].map((t) =>
    inner.map((p, j) => addScaled(add(p, [0, -0.028 * t, 0]), [Math.sin(azimuths[j]!), 0, Math.cos(azimuths[j]!)], 0.05 * t)),
  );
  return {
    name,
    parts: [
      crown(fit, rim, crownExtra, 0.0035),
      { surface: thicken(brimRows.map((row) => [...row].reverse()), 0.003, true), colour: HAT_CELLS.main, finish: FINISHES.fabric },
      { surface: thicken(band, 0.0012, true), colour: HAT_CELLS.trim, finish: FINISHES.fabric },
    ],
  };
}
