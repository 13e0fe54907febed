import { describe, expect, it } from 'vitest';
import { extrudeOutline } from './extrude';
import { ellipseOutline, shapedLensOutline, superellipseOutline } from './outlines';
import { circlePath, smoothPath } from './paths';
import { frameLookingAlong, mirrorX, placeInFrame } from './place';
import { ellipsoid, lathe, superellipsoid } from './solids';
import { capLoop, gridSurface, triangleCount } from './surface';
import { sweep, tube } from './sweep';
import { bounds, normalAt, normalsAgreeWithWinding, openEdgeCount, signedArea, signedVolume, vertexAt } from './testMeasures';
import { length, sub } from './vec';

describe('surfaces', () => {
  it('builds a grid of quads whose faces look along row × column steps', () => {
    const grid = gridSurface([[[0, 0, 0], [1, 0, 0], [2, 0, 0]], [[0, 1, 0], [1, 1, 0], [2, 1, 0]]]);
    expect(triangleCount(grid)).toBe(4);
    for (let i = 0; i < 6; i++) expect(normalAt(grid, i)).toEqual([0, 0, 1]);
    expect(normalAt(gridSurface([[[0, 0, 0], [1, 0, 0]], [[0, 1, 0], [1, 1, 0]]], { flip: true }), 0)).toEqual([0, 0, -1]);
  });

  it('drops the zero-area triangles of a pole and caps a loop facing the asked side', () => {
    const cone = gridSurface([[[0, 1, 0], [0, 1, 0], [0, 1, 0]], [[1, 0, 0], [0, 0, 1], [-1, 0, 0]]], { wrap: true });
    expect(triangleCount(cone)).toBe(3);
    const cap = capLoop(ellipseOutline(2, 2, 8).map(([x, y]) => [x, y, 0] as const), [0, 0, -1]);
    expect(triangleCount(cap)).toBe(8);
    expect(normalAt(cap, 0)).toEqual([0, 0, -1]);
  });
});

describe('solids', () => {
  it('makes a closed, outward-facing ellipsoid of the right volume', () => {
    const blob = ellipsoid([0.1, 0.2, 0.05], 48, 32);
    expect(openEdgeCount(blob)).toBe(0);
    expect(normalsAgreeWithWinding(blob)).toBe(true);
    expect(signedVolume(blob) / ((4 / 3) * Math.PI * 0.1 * 0.2 * 0.05)).toBeCloseTo(1, 1);
  });

  it('squares a superellipsoid off towards its box', () => {
    const box = superellipsoid([0.1, 0.1, 0.1], 10, 48, 32);
    expect(signedVolume(box)).toBeGreaterThan(0.9 * 0.2 ** 3);
    expect(bounds(box).max[0]).toBeCloseTo(0.1, 6);
  });

  it('revolves a closed profile into a closed solid (a cylinder)', () => {
    const cylinder = lathe([[0, 0], [0.5, 0], [0.5, 1], [0, 1]], 64);
    expect(openEdgeCount(cylinder)).toBe(0);
    expect(signedVolume(cylinder) / (Math.PI * 0.25)).toBeCloseTo(1, 2);
  });
});

describe('sweeps and extrusions', () => {
  it('sweeps a tube whose surface stays one radius from its straight axis, capped at both ends', () => {
    const wire = tube([[0, 0, 0], [0, 0, 0.5], [0, 0, 1]], 0.1, 12);
    expect(openEdgeCount(wire)).toBe(0);
    expect(signedVolume(wire)).toBeGreaterThan(0);
    for (let i = 0; i < 36; i++) expect(Math.hypot(vertexAt(wire, i)[0], vertexAt(wire, i)[1])).toBeCloseTo(0.1, 6);
  });

  it('closes a torus on itself with outward faces', () => {
    const ring = tube(circlePath([0, 0, 0], [0, 1, 0], [1, 0, 0], 1, 64), 0.1, 12, { closed: true });
    expect(openEdgeCount(ring)).toBe(0);
    expect(normalsAgreeWithWinding(ring)).toBe(true);
    expect(signedVolume(ring) / (2 * Math.PI ** 2 * 0.01)).toBeCloseTo(1, 1);
  });

  it('keeps a flat strap flat side out when told which way is sideways', () => {
    const path = circlePath([0, 0, 0], [0, 0, 1], [1, 0, 0], 1, 32);
    const strap = sweep(path, superellipseOutline(0.01, 0.2, 6, 16), { closed: true, sideways: path });
    const z = bounds(strap);
    expect(z.max[2] - z.min[2]).toBeCloseTo(0.2, 3);
  });

  it('extrudes an outline into a closed slab', () => {
    const slab = extrudeOutline(ellipseOutline(0.04, 0.03, 32), 0.002);
    expect(openEdgeCount(slab)).toBe(0);
    expect(signedVolume(slab) / (Math.PI * 0.02 * 0.015 * 0.002)).toBeCloseTo(1, 1);
  });
});

describe('outlines and paths', () => {
  it('gives counter-clockwise lens outlines of the asked size, sagging or swept up as asked', () => {
    const lens = shapedLensOutline(0.05, 0.04, 2.5, { drop: 0.3 }, 48);
    expect(signedArea(lens)).toBeGreaterThan(0);
    const [xs, ys] = [lens.map((p) => p[0]), lens.map((p) => p[1])];
    expect([Math.max(...xs) - Math.min(...xs), Math.max(...ys)]).toEqual([expect.closeTo(0.05, 6), expect.closeTo(0.02, 6)]);
    expect(Math.min(...ys)).toBeLessThan(-0.02); // the teardrop sags below the plain shape
    const catEye = shapedLensOutline(0.05, 0.04, 2.5, { lift: 0.5 }, 48);
    const outerTop = Math.max(...catEye.filter(([x]) => x < -0.02).map(([, y]) => y));
    const noseTop = Math.max(...catEye.filter(([x]) => x > 0.02).map(([, y]) => y));
    expect(outerTop - noseTop).toBeGreaterThan(0.005); // the outer corner sweeps up
  });

  it('passes a smooth path through its control points', () => {
    const points = [[0, 0, 0], [1, 1, 0], [2, 0, 0], [3, 1, 0]] as const;
    const path = smoothPath(points, 8);
    expect(path).toHaveLength(25);
    points.forEach((p, i) => expect(length(sub(path[i * 8]!, p))).toBeLessThan(1e-12));
  });
});

describe('placement', () => {
  it('moves a part into a frame and mirrors it to the other side with outward faces', () => {
    const frame = frameLookingAlong([1, 2, 3], [1, 0, 0]);
    const blob = placeInFrame(ellipsoid([0.1, 0.1, 0.2], 16, 8), frame);
    expect(bounds(blob).max[0]).toBeCloseTo(1.2, 6);
    const mirrored = mirrorX(blob);
    expect(bounds(mirrored).min[0]).toBeCloseTo(-1.2, 6);
    expect(signedVolume(mirrored)).toBeCloseTo(signedVolume(blob), 9);
    expect(normalsAgreeWithWinding(mirrored)).toBe(true);
  });
});
