/** Each accessory checked against the reference body it was fitted to. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCESSORIES } from './catalogue';
import type { Fit } from './fit';
import { GLASSES_CELLS } from './glassesFront';
import { HEADPHONE_CELLS } from './headphones';
import type { Model } from './model';
import { addScaled, centroid, cross, distance, dot, length, normalize, sub, type Vec3 } from './vec';
import { modelVertices, referenceFit } from './testMeasures';
import { rayCaster } from './testRays';

let fit: Fit;
const models = new Map<string, Model>();
beforeAll(async () => {
  fit = await referenceFit();
  for (const entry of ACCESSORIES) models.set(entry.id, entry.build(fit, entry.id));
});
const model = (id: string): Model => models.get(id)!;

/** Angular sectors (of 36) around an axis through `centre` that some vertex falls in. */
function sectorsAround(vertices: readonly Vec3[], centre: Vec3, axis: Vec3): number {
  const start = normalize(sub(vertices[0]!, centre));
  const side = normalize(cross(axis, start));
  const sectors = new Set(vertices.map((v) => {
    const d = sub(v, centre);
    return Math.floor(((Math.atan2(dot(d, side), dot(d, start)) + 2 * Math.PI) % (2 * Math.PI)) / (Math.PI / 18));
  }));
  return sectors.size;
}

describe('every accessory', () => {
  it('stays outside the skin (hoops go through the lobe, as earrings do)', () => {
    for (const entry of ACCESSORIES.filter((e) => e.id !== 'hoop-earrings')) {
      const inside = modelVertices(model(entry.id)).filter((v) => fit.index.signedDistance(v) < 0);
      expect(inside, entry.id).toEqual([]);
    }
  });
});

describe('glasses', () => {
  const ids = ACCESSORIES.filter((e) => e.slot === 'glasses').map((e) => e.id);

  it('centre each lens in front of its eye, clear of it', () => {
    for (const id of ids) {
      const lenses = modelVertices(model(id), [GLASSES_CELLS.lens]);
      for (const [eye, side] of [[fit.landmarks.leftEye, 1], [fit.landmarks.rightEye, -1]] as const) {
        const centre = centroid(lenses.filter((v) => Math.sign(v[0]) === side));
        expect(Math.abs(centre[0] - eye[0]), `${id} x`).toBeLessThan(0.008);
        expect(Math.abs(centre[1] - eye[1]), `${id} y`).toBeLessThan(0.008);
        expect(centre[2] - eye[2], `${id} z`).toBeGreaterThan(0.02);
      }
    }
  });

  it('reach back past the ears on both sides', () => {
    for (const id of ids) {
      const back = Math.min(...modelVertices(model(id)).map((v) => v[2]));
      expect(back, id).toBeLessThan(fit.landmarks.leftEar.back);
    }
  });
});

describe('headwear', () => {
  it('covers the skull above the brow and ears from outside: rays from inside the head meet the scalp before the hat', () => {
    const centre = fit.landmarks.headCentre;
    const scalp: Vec3[] = [];
    for (let i = 0; i < fit.body.positions.length / 3; i++) {
      const v = fit.index.vertex(i);
      if (distance(v, centre) < 0.15 && v[1] > centre[1] + 0.05) scalp.push(v);
    }
    expect(scalp.length).toBeGreaterThan(100);
    for (const id of ['baseball-cap', 'beanie', 'bucket-hat']) {
      const cast = rayCaster(model(id).parts.map((p) => p.surface), centre);
      for (const v of scalp) {
        const hat = cast(normalize(sub(v, centre)));
        expect(hat, id).toBeGreaterThan(distance(v, centre));
        expect(hat, id).toBeLessThan(distance(v, centre) + 0.04); // hugging it, not floating above
      }
    }
  });

  it('puts the headphones’ cups over the ears and the band above the head', () => {
    const headphones = model('over-ear-headphones');
    const shells = modelVertices(headphones, [HEADPHONE_CELLS.shell]);
    const ear = fit.landmarks.leftEar;
    const leftCup = centroid(shells.filter((v) => v[0] > ear.outerX && v[1] < ear.centre[1] + 0.05));
    expect(Math.abs(leftCup[1] - ear.centre[1])).toBeLessThan(0.01);
    expect(Math.abs(leftCup[2] - ear.centre[2])).toBeLessThan(0.01);
    expect(Math.max(...shells.map((v) => v[1]))).toBeGreaterThan(fit.landmarks.headTop[1] + 0.01);
    expect(shells.filter((v) => v[0] < 0 && v[0] > -ear.outerX && v[1] < ear.top)).toEqual([]);
  });
});

describe('earrings', () => {
  it('hang from the lobes', () => {
    const lobe = fit.landmarks.leftEar.lobe;
    for (const id of ['hoop-earrings', 'stud-earrings']) {
      const left = modelVertices(model(id)).filter((v) => v[0] > 0);
      expect(Math.min(...left.map((v) => distance(v, lobe))), id).toBeLessThan(0.004);
      expect(distance(centroid(left), lobe), id).toBeLessThan(0.015);
    }
  });
});

describe('necklaces', () => {
  it('go all the way round the neck, lower in front than behind', () => {
    for (const id of ['pendant-necklace', 'bead-necklace']) {
      const vertices = modelVertices(model(id));
      expect(sectorsAround(vertices, fit.landmarks.neck, [0, 1, 0]), id).toBe(36);
      const front = Math.min(...vertices.filter((v) => v[2] > 0.05).map((v) => v[1]));
      const back = Math.min(...vertices.filter((v) => v[2] < fit.landmarks.neck[2]).map((v) => v[1]));
      expect(front, id).toBeLessThan(back - 0.03);
    }
  });
});

describe('watch', () => {
  it('encircles the left wrist, just before the hand joint', () => {
    const { joint, axis } = fit.landmarks.wrist;
    const strap = modelVertices(model('wristwatch'), [0]);
    expect(sectorsAround(strap, joint, axis)).toBe(36);
    const along = strap.map((v) => dot(sub(v, joint), axis));
    expect(Math.max(...along)).toBeLessThan(0);
    expect(Math.min(...along)).toBeGreaterThan(-0.05);
    // Snug round the wrist: every strap vertex within 5 cm of the forearm's axis.
    const fromAxis = (v: Vec3): number => length(addScaled(sub(v, joint), axis, -dot(sub(v, joint), axis)));
    expect(Math.max(...strap.map(fromAxis))).toBeLessThan(0.05);
  });
});

describe('backpack and mask', () => {
  it('hangs the pack behind the upper back', () => {
    const body = modelVertices(model('backpack'), [0]);
    expect(Math.max(...body.map((v) => v[2]))).toBeLessThan(-0.05);
    const middle = centroid(body);
    expect(Math.abs(middle[1] - fit.landmarks.chest[1])).toBeLessThan(0.1);
  });

  it('covers the nose and the mouth from outside', () => {
    const centre = fit.landmarks.headCentre;
    const cast = rayCaster(model('face-mask').parts.map((p) => p.surface), centre);
    const front = (y: number): Vec3 => {
      let best: Vec3 = [0, y, -1];
      for (let i = 0; i < fit.body.positions.length / 3; i++) {
        const v = fit.index.vertex(i);
        if (Math.abs(v[0]) < 0.004 && Math.abs(v[1] - y) < 0.004 && v[2] > best[2]) best = v;
      }
      return best;
    };
    for (const point of [front(fit.landmarks.leftEye[1] - 0.03), front(fit.landmarks.leftEye[1] - 0.06)]) {
      const hit = cast(normalize(sub(point, centre)));
      expect(hit).toBeGreaterThan(distance(point, centre));
      expect(hit).toBeLessThan(distance(point, centre) + 0.02);
    }
  });
});
