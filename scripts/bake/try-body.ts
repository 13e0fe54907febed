/**
 * Bakes the base body and its poses into a folder, for a quick look:
 * `npx tsx scripts/bake/try-body.ts /tmp/bodyout`
 */
import { bakeBody, referenceSkeleton } from './body';
import { bakePoses } from './poses';

async function main(outDir: string | undefined): Promise<void> {
  if (!outDir) throw new Error('usage: npx tsx scripts/bake/try-body.ts <outDir>');
  const started = performance.now();
  const body = await bakeBody(outDir);
  const poses = bakePoses(outDir, referenceSkeleton());
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`${body.glbPath}: ${body.bytes} bytes, ${body.triangles} triangles, ${referenceSkeleton().joints.length} joints`);
  console.log(`${poses.path}: ${poses.bytes} bytes, ${poses.count} poses`);
  console.log(`baked in ${seconds} s`);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
