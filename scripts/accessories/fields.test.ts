import { describe, expect, it } from 'vitest';
import type { ReferenceBody } from './body';
import { envelope, fillEmpty, lineNeighbours, ringNeighbours } from './envelope';
import { directionOf, headField } from './headField';
import { radialProfile, ringAround, sectionDirection, type RadialSection } from './radialProfile';
import { addScaled, distance, dot, sub, type Vec3 } from './vec';

/** A fake body made of the given points (normals are not used by these measures). */
function pointBody(points: readonly Vec3[], normals: readonly Vec3[] = []): ReferenceBody {
  const positions = Float32Array.from(points.flat());
  return { positions, normals: Float32Array.from(normals.flat()), indices: new Uint32Array(0), joints: new Map() };
}

/** Points on a bumpy sphere of radius ~0.09 around `centre`. */
function bumpySphere(centre: Vec3): Vec3[] {
  const points: Vec3[] = [];
  for (let i = 0; i < 4000; i++) {
    const elevation = Math.asin(2 * ((i * 0.618034) % 1) - 1);
    const azimuth = i * 2.399963;
    points.push(addScaled(centre, directionOf(azimuth, elevation), 0.09 + 0.004 * Math.sin(7 * azimuth) * Math.cos(5 * elevation)));
  }
  return points;
}

describe('conservative envelopes', () => {
  it('never drops below a sample and fills empty bins from their neighbours', () => {
    const raw = [0, 5, 0, 0, 1, 0, 0, 0, 3, 0];
    const smooth = envelope(raw, ringNeighbours(raw.length));
    raw.forEach((v, i) => expect(smooth[i]).toBeGreaterThanOrEqual(v));
    expect(fillEmpty([1, -Infinity, -Infinity, 4], lineNeighbours(4))).toEqual([1, 1, 4, 4]);
    expect(() => fillEmpty([-Infinity, -Infinity], lineNeighbours(2))).toThrow();
  });
});

describe('head field', () => {
  it('reaches at least as far as every vertex, and not much further', () => {
    const centre: Vec3 = [0, 1.5, 0.04];
    const points = bumpySphere(centre);
    const field = headField(pointBody(points), centre, 0.15);
    for (const p of points) {
      const offset = sub(p, centre);
      const azimuth = Math.atan2(offset[0], offset[2]);
      const elevation = Math.asin(offset[1] / distance(p, centre));
      expect(field.radiusAt(azimuth, elevation)).toBeGreaterThanOrEqual(distance(p, centre) - 1e-6); // float32 storage
      expect(field.radiusAt(azimuth, elevation)).toBeLessThan(0.096);
    }
  });
});

describe('radial sections', () => {
  it('rings an elliptic cylinder outside its surface, in every direction', () => {
    const axis: Vec3 = [0, 0, 1];
    const points: Vec3[] = [];
    for (let i = 0; i < 3000; i++) points.push([0.03 * Math.cos(i * 0.37), 0.02 * Math.sin(i * 0.37), ((i % 50) - 25) * 0.002]);
    const section: RadialSection = { origin: [0, 0, 0], axis, start: [1, 0, 0], sectors: 48, heightAt: () => 0, band: 0.01, maxRadius: 0.1 };
    const radii = radialProfile(pointBody(points), section);
    const ring = ringAround(section, radii, 0.002);
    ring.forEach((p, i) => {
      const direction = sectionDirection(section, (2 * Math.PI * i) / 48);
      const [c, s] = [dot(direction, [1, 0, 0]), dot(direction, [0, 1, 0])];
      const surface = 1 / Math.hypot(c / 0.03, s / 0.02); // the ellipse's radius that way
      expect(dot(p, direction)).toBeGreaterThanOrEqual(surface + 0.002 - 1e-4);
      expect(dot(p, direction)).toBeLessThan(surface + 0.006);
    });
  });

  it('finds the first skin out from the axis where a wider shape shares the height (a neck above the shoulders)', () => {
    const [points, normals]: [Vec3[], Vec3[]] = [[], []];
    for (let i = 0; i < 720; i++) {
      const a = (i * Math.PI) / 360;
      points.push([0.05 * Math.cos(a), 0, 0.05 * Math.sin(a)], [0.15 * Math.cos(a), 0.002, 0.15 * Math.sin(a)]);
      normals.push([Math.cos(a), 0, Math.sin(a)], [0.3 * Math.cos(a), 0.95, 0.3 * Math.sin(a)]); // the shoulder faces up
    }
    const section: RadialSection = { origin: [0, 0, 0], axis: [0, 1, 0], start: [0, 0, 1], sectors: 36, heightAt: () => 0, band: 0.005, maxRadius: 0.2 };
    const body = pointBody(points, normals);
    for (const r of radialProfile(body, { ...section, skin: 'first' })) expect(r).toBeCloseTo(0.05, 4);
    for (const r of radialProfile(body, section)) expect(r).toBeCloseTo(0.15, 4);
  });
});
