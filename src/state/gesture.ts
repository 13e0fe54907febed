import type { AvatarStoreApi } from './createStore';
import type { AvatarStore } from './storeTypes';

/**
 * Merges a continuous gesture (slider or colour drag) into one undo step: history is paused while the
 * gesture runs; at its end the state before the gesture is restored silently and the final state is set
 * again with history on, so undo jumps back to where the drag started. Both sets happen in one tick, so
 * nothing renders in between.
 */
export function beginGesture(store: AvatarStoreApi): () => void {
  const before: Partial<AvatarStore> = { avatar: store.getState().avatar };
  const history = store.temporal.getState();
  history.pause();
  return function endGesture() {
    const after: Partial<AvatarStore> = { avatar: store.getState().avatar };
    if (after.avatar === before.avatar) {
      history.resume();
      return;
    }
    store.setState(before);
    history.resume();
    store.setState(after);
  };
}
