/**
 * `npx tsx scripts/accessories/index.ts [--force]`: bakes the accessory pack into public/packs/accessories on its
 * own (`npm run bake` runs the same step after the core pack).
 */
import { bakeAccessoryPack } from './bake';

bakeAccessoryPack('public/packs', process.argv.includes('--force'))
  .then((report) => console.log(`bake: ${report}`))
  .catch((error: Error) => {
    console.error(`accessory bake failed: ${error.message}`);
    process.exit(1);
  });
