/**
 * The app's door to the embed protocol (docs/embed.md). The protocol's code loads only when the page has
 * `?frameApi`, so people who open the creator directly never download it.
 */
import type { EmbedSession } from './embedSession';
import { frameApiRequested } from './urlFlags';

let session: Promise<EmbedSession | null> = Promise.resolve(null);

export function startEmbedBridge(): void {
  if (!frameApiRequested) return;
  session = import('./embedSession').then(
    ({ startEmbedSession }) => startEmbedSession(),
    (error: Error) => {
      console.error(`Avatar Atelier embed: the protocol could not be loaded (${error.message})`);
      return null;
    },
  );
}

/** The editor's "Done" button: hands the avatar to the embedding page. */
export async function finishEmbedded(): Promise<void> {
  await (await session)?.finish();
}
