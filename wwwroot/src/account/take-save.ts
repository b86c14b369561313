/**
 * What `endSession` says about saving a signed-in singer's take (its summary's `save`; null for an anonymous singer,
 * whose takes are kept in files only).
 */
export interface TakeSaveResult {
  /** True when the take is in the database; false when every attempt failed (its files are kept on the server). */
  saved: boolean;
  attempts: number;
  /** Why it was not saved, in English; null when saved. */
  error: string | null;
  /** Points the take earned; null when none were awarded. */
  experienceGained: number | null;
  experiencePoints: number | null;
  level: number | null;
  levelUp: boolean;
}

/** Name of the hub message sent while `endSession` waits for the database. */
export const takeSaveRetryingMethod = 'takeSaveRetrying';

/** Sent after each failed attempt to save the finished take, before the next one. */
export interface TakeSaveRetrying {
  takeId: string;
  /** Which attempt failed, from 1. */
  attempt: number;
  maxAttempts: number;
  /** Seconds until the next attempt. */
  retryInSeconds: number;
}
