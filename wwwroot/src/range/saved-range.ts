import type { RangeResult, VoiceType } from '../connection/hub-contract';
import { parseNoteName } from '../music/notes';

/** The last range result, kept on this device until accounts exist. */
export interface SavedRange {
  result: RangeResult;
  /** When the take ended. */
  savedAt: Date;
}

/** The localStorage key; versioned so a later shape can ignore this one instead of misreading it. */
export const savedRangeKey = 'singking.range.v1';

const voiceTypes: readonly VoiceType[] = ['bass', 'baritone', 'tenor', 'alto', 'mezzo-soprano', 'soprano'];

/** Keeps <paramref>result</paramref> as the last range. Returns false when the browser will not store it. */
export function saveRange(storage: Pick<Storage, 'setItem'>, result: RangeResult, savedAt: Date): boolean {
  try {
    storage.setItem(savedRangeKey, JSON.stringify({ result, savedAt: savedAt.toISOString() }));
    return true;
  } catch {
    // Storage can be full or disabled (private mode, policies); the result is still on screen.
    return false;
  }
}

/** The last range kept on this device, or null when there is none or what is stored is not a range result. */
export function loadRange(storage: Pick<Storage, 'getItem'>): SavedRange | null {
  let text: string | null;
  try {
    text = storage.getItem(savedRangeKey);
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
  if (!date || Number.isNaN(date.getTime()) || !isRangeResult(result)) return null;
  return { result, savedAt: date };
}

/** Checks the fields the page draws, so a damaged or foreign entry never breaks the page. */
function isRangeResult(value: unknown): value is RangeResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const isNote = (x: unknown) => typeof x === 'string' && parseNoteName(x) !== null;
  const isNumber = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  return (
    isNote(r.lowest) &&
    isNote(r.highest) &&
    isNote(r.tessituraLow) &&
    isNote(r.tessituraHigh) &&
    isNumber(r.lowestHz) &&
    isNumber(r.highestHz) &&
    isNumber(r.semitones) &&
    isNumber(r.octaves) &&
    voiceTypes.includes(r.voiceType as VoiceType) &&
    Array.isArray(r.stableNotes)
  );
}
