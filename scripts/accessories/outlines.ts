/** Closed 2D outlines, counter-clockwise, centred on the origin: lens shapes and the cross-sections of swept parts. */
import type { Vec2 } from './vec';

/** An ellipse of width `w` and height `h` (a circle when they match). */
export function ellipseOutline(w: number, h: number, points: number): Vec2[] {
  return superellipseOutline(w, h, 2, points);
}

/** |x/a|^e + |y/b|^e = 1: e = 2 is an ellipse, larger e a rounded rectangle. */
export function superellipseOutline(w: number, h: number, exponent: number, points: number): Vec2[] {
  return Array.from({ length: points }, (_, i) => {
    const angle = (2 * Math.PI * i) / points;
    const [c, s] = [Math.cos(angle), Math.sin(angle)];
    const power = 2 / exponent;
    return [(w / 2) * Math.sign(c) * Math.abs(c) ** power, (h / 2) * Math.sign(s) * Math.abs(s) ** power] as const;
  });
}

/**
 * A lens with its nose side at +x (mirror it for the other eye): `drop` sags the lower edge a little toward the
 * nose (aviators); `lift` sweeps the outer end up, its top more than its bottom (cat-eye). Both 0 give the plain shape.
 */
export function shapedLensOutline(w: number, h: number, exponent: number, shape: { drop?: number; lift?: number }, points: number): Vec2[] {
  return superellipseOutline(w, h, exponent, points).map(([x, y]) => {
    const across = x / (w / 2); // -1 outer side … +1 nose side
    const dropped = y < 0 ? y * (1 + (shape.drop ?? 0) * Math.exp(-(((across - 0.25) / 0.7) ** 2))) : y;
    const outer = Math.max(0, -across);
    const wing = (shape.lift ?? 0) * h * (y > 0 ? 0.6 * outer ** 3 : 0.5 * outer ** 2);
    return [x, dropped + wing] as const;
  });
}
