import { UNDO_LIMIT } from './createStore';

/** The undo cap a build asks for (VITE_UNDO_LIMIT: a whole number from 1 to 10,000), else UNDO_LIMIT with a warning. */
export function undoLimitSetting(raw: string | undefined, warn: (message: string) => void): number {
  if (raw === undefined || raw.trim() === '') return UNDO_LIMIT;
  const limit = Number(raw);
  if (Number.isInteger(limit) && limit >= 1 && limit <= 10_000) return limit;
  warn(`VITE_UNDO_LIMIT: "${raw}" is not a whole number from 1 to 10000; keeping ${UNDO_LIMIT} undo steps.`);
  return UNDO_LIMIT;
}
