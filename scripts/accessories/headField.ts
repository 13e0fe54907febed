/**
 * The skull as a radius per direction from a centre inside the head (bins of azimuth × elevation), made
 * conservative by `envelope`: shells built on it (caps, beanies, a mask, a headband) hug the head without
 * clipping it. Azimuth 0 looks forward (+Z) and turns towards the avatar's left (+X); elevation is up from level.
 */
import type { ReferenceBody } from './body';
import { envelope, fillEmpty, wrappedGridNeighbours } from './envelope';
import { addScaled, length, sub, type Vec3 } from './vec';

const AZIMUTH_BINS = 90;
const ELEVATION_BINS = 45;
const BIN = (2 * Math.PI) / AZIMUTH_BINS;

export interface HeadField {
  centre: Vec3;
  /** Skin radius (metres) towards a direction, interpolated between bins. */
  radiusAt(azimuth: number, elevation: number): number;
  /** The point `extra` metres outside the skin towards a direction. */
  pointAt(azimuth: number, elevation: number, extra: number): Vec3;
}

export function directionOf(azimuth: number, elevation: number): Vec3 {
  return [Math.cos(elevation) * Math.sin(azimuth), Math.sin(elevation), Math.cos(elevation) * Math.cos(azimuth)];
}

/** Bins the body vertices within `reach` of `centre`; `passes` extra envelopes smooth over small features (a nose). */
export function headField(body: ReferenceBody, centre: Vec3, reach: number, passes = 1): HeadField {
  const raw = new Array<number>(AZIMUTH_BINS * ELEVATION_BINS).fill(-Infinity);
  for (let i = 0; i < body.positions.length / 3; i++) {
    const offset = sub([body.positions[i * 3]!, body.positions[i * 3 + 1]!, body.positions[i * 3 + 2]!], centre);
    const radius = length(offset);
    if (radius > reach || radius === 0) continue;
    const bin = binOf(Math.atan2(offset[0], offset[2]), Math.asin(offset[1] / radius));
    raw[bin] = Math.max(raw[bin]!, radius);
  }
  const neighbours = wrappedGridNeighbours(AZIMUTH_BINS, ELEVATION_BINS);
  let field = capPoles(fillEmpty(raw, neighbours));
  for (let pass = 0; pass < passes; pass++) field = envelope(field, neighbours);
  const radiusAt = (azimuth: number, elevation: number): number => interpolate(field, azimuth, elevation);
  return {
    centre,
    radiusAt,
    pointAt: (azimuth, elevation, extra) => addScaled(centre, directionOf(azimuth, elevation), radiusAt(azimuth, elevation) + extra),
  };
}

/** Rows this close to a pole, where every azimuth is a near neighbour, take the largest value around the pole. */
const POLAR_ROWS = 3;

function capPoles(field: number[]): number[] {
  const capped = [...field];
  const rowMax = (row: number): number => Math.max(...field.slice(row * AZIMUTH_BINS, (row + 1) * AZIMUTH_BINS));
  for (const rows of [[0, 1, 2], [ELEVATION_BINS - 1, ELEVATION_BINS - 2, ELEVATION_BINS - 3]]) {
    let around = -Infinity;
    for (const row of rows.slice(0, POLAR_ROWS)) {
      around = Math.max(around, rowMax(row));
      capped.fill(around, row * AZIMUTH_BINS, (row + 1) * AZIMUTH_BINS);
    }
  }
  return capped;
}

/** Continuous bin coordinates: bin centres sit at whole numbers. */
function binCoordinates(azimuth: number, elevation: number): [number, number] {
  const column = (((azimuth % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI)) / BIN;
  const row = Math.min(ELEVATION_BINS - 1, Math.max(0, (elevation + Math.PI / 2) / (Math.PI / ELEVATION_BINS) - 0.5));
  return [column, row];
}

function binOf(azimuth: number, elevation: number): number {
  const [column, row] = binCoordinates(azimuth, elevation);
  return Math.round(row) * AZIMUTH_BINS + (Math.round(column) % AZIMUTH_BINS);
}

function interpolate(field: readonly number[], azimuth: number, elevation: number): number {
  const [column, row] = binCoordinates(azimuth, elevation);
  const [c0, r0] = [Math.floor(column), Math.floor(row)];
  const [fc, fr] = [column - c0, row - r0];
  const at = (r: number, c: number): number => field[Math.min(ELEVATION_BINS - 1, r) * AZIMUTH_BINS + (c % AZIMUTH_BINS)]!;
  const top = at(r0, c0) * (1 - fc) + at(r0, c0 + 1) * fc;
  const bottom = at(r0 + 1, c0) * (1 - fc) + at(r0 + 1, c0 + 1) * fc;
  return top * (1 - fr) + bottom * fr;
}
