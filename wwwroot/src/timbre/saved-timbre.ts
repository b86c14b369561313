import { parseTimbreResult, type TimbreResult } from './timbre-contract';

/** The last diagnosis with the time it was made. */
export interface SavedTimbre {
  result: TimbreResult;
  savedAt: Date;
}

/**
 * Where the page keeps the last diagnosis. This device's storage keeps it today; a singer's account can keep it
 * instead by implementing this interface (the server already hands each signed-in singer's result to its
 * ITimbreResultStore), with no change to the page.
 */
export interface TimbreResultKeeper {
  /** The last diagnosis kept, or null. */
  load(): SavedTimbre | null;
  /** Keeps <paramref>result</paramref> as the last diagnosis; false when it could not be kept. */
  save(result: TimbreResult, savedAt: Date): boolean;
}

/** The localStorage key; versioned so a later shape can ignore this one instead of misreading it. */
export const savedTimbreKey = 'singking.timbre.v1';

/** Keeps the last diagnosis in <paramref>storage</paramref> (localStorage on the page). */
export function deviceKeeper(storage: Pick<Storage, 'getItem' | 'setItem'>): TimbreResultKeeper {
  return {
    load: () => loadTimbre(storage),
    save: (result, savedAt) => saveTimbre(storage, result, savedAt),
  };
}

/** Keeps <paramref>result</paramref> as the last diagnosis. Returns false when the browser will not store it. */
export function saveTimbre(storage: Pick<Storage, 'setItem'>, result: TimbreResult, savedAt: Date): boolean {
  try {
    storage.setItem(savedTimbreKey, JSON.stringify({ result, savedAt: savedAt.toISOString() }));
    return true;
  } catch {
    // Storage can be full or disabled (private mode, policies); the result is still on screen.
    return false;
  }
}

/** The last diagnosis kept in <paramref>storage</paramref>, or null when there is none or it is not a diagnosis. */
export function loadTimbre(storage: Pick<Storage, 'getItem'>): SavedTimbre | null {
  let text: string | null;
  try {
    text = storage.getItem(savedTimbreKey);
  } catch {
    return null;
  }
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { result, savedAt } = value as { result?: unknown; savedAt?: unknown };
  const date = typeof savedAt === 'string' ? new Date(savedAt) : null;
  const parsed = parseTimbreResult(result);
  if (!date || Number.isNaN(date.getTime()) || !parsed) return null;
  return { result: parsed, savedAt: date };
}
