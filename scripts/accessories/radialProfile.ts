/**
 * How far the skin reaches from an axis, sector by sector: around the neck for a necklace, around the wrist for a
 * watch. Each sector looks at body vertices within a band around its own height along the axis.
 */
import type { ReferenceBody } from './body';
import { envelope, fillEmpty, ringNeighbours } from './envelope';
import { add, addScaled, cross, dot, scale, sub, type Vec3 } from './vec';

export interface RadialSection {
  origin: Vec3;
  /** Unit axis the sectors turn about (counter-clockwise seen from its tip). */
  axis: Vec3;
  /** Unit direction of sector 0, perpendicular to the axis. */
  start: Vec3;
  sectors: number;
  /** Height along the axis (from the origin) of the section at an angle; constant for a flat ring. */
  heightAt: (angle: number) => number;
  /** Half-thickness of the band of vertices each sector looks at. */
  band: number;
  /** Vertices farther than this from the axis are ignored (the torso next to a wrist). */
  maxRadius: number;
  /**
   * Which skin a sector measures: the outermost vertex (a convex section such as the wrist), or the innermost
   * one facing outwards, the first skin met going out from the axis (a necklace at the neck's base, where the
   * shoulders reach farther out at the same height).
   */
  skin?: 'outermost' | 'first';
}

/** The sector angles, counter-clockwise from `start`. */
export function sectorAngles(section: RadialSection): number[] {
  return Array.from({ length: section.sectors }, (_, i) => (2 * Math.PI * i) / section.sectors);
}

/** The direction of an angle in the section's plane. */
export function sectionDirection(section: RadialSection, angle: number): Vec3 {
  return add(scale(section.start, Math.cos(angle)), scale(cross(section.axis, section.start), Math.sin(angle)));
}

/** The skin radius per sector, smoothed (conservatively for the outermost skin). */
export function radialProfile(body: ReferenceBody, section: RadialSection): number[] {
  const first = section.skin === 'first';
  const radii = new Array<number>(section.sectors).fill(first ? Infinity : -Infinity);
  const side = cross(section.axis, section.start);
  const heights = sectorAngles(section).map(section.heightAt);
  for (let i = 0; i < body.positions.length / 3; i++) {
    const offset = sub([body.positions[i * 3]!, body.positions[i * 3 + 1]!, body.positions[i * 3 + 2]!], section.origin);
    const along = dot(offset, section.axis);
    const radial = addScaled(offset, section.axis, -along);
    const radius = Math.sqrt(dot(radial, radial));
    if (radius > section.maxRadius) continue;
    const angle = Math.atan2(dot(radial, side), dot(radial, section.start));
    const sector = Math.round(((angle + 2 * Math.PI) % (2 * Math.PI)) / ((2 * Math.PI) / section.sectors)) % section.sectors;
    if (Math.abs(along - heights[sector]!) > section.band) continue;
    if (!first) radii[sector] = Math.max(radii[sector]!, radius);
    else if (dot([body.normals[i * 3]!, body.normals[i * 3 + 1]!, body.normals[i * 3 + 2]!], radial) > 0.5 * radius) radii[sector] = Math.min(radii[sector]!, radius);
  }
  const neighbours = ringNeighbours(section.sectors);
  const measured = radii.map((r) => (Number.isFinite(r) ? r : -Infinity));
  return envelope(fillEmpty(measured, neighbours), neighbours);
}

/** Points around the section, `clearance` outside the skin radius (one per sector). */
export function ringAround(section: RadialSection, radii: readonly number[], clearance: number): Vec3[] {
  return sectorAngles(section).map((angle, i) =>
    addScaled(addScaled(section.origin, section.axis, section.heightAt(angle)), sectionDirection(section, angle), radii[i]! + clearance),
  );
}
