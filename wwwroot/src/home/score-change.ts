import type { MessageKey } from '../i18n/dictionaries';

/** How a take's score compares with the singer's previous take of the same song. */
export interface ScoreChange {
  direction: 'up' | 'down' | 'same' | 'first';
  /** The absolute difference in points (0–10 000 scale); 0 for `same` and `first`. */
  difference: number;
}

/** The change from `previous` (null when this is the song's first take) to `current`. */
export function scoreChange(current: number, previous: number | null): ScoreChange {
  if (previous === null) return { direction: 'first', difference: 0 };
  const difference = Math.round(current - previous);
  if (difference > 0) return { direction: 'up', difference };
  if (difference < 0) return { direction: 'down', difference: -difference };
  return { direction: 'same', difference: 0 };
}

/** The arrow shown before the difference. */
export function scoreChangeArrow(change: ScoreChange): string {
  return change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '';
}

/** The sentence's key; its `{difference}` and `{previous}` placeholders are filled by the caller. */
export function scoreChangeKey(change: ScoreChange): MessageKey {
  return `home.change.${change.direction}`;
}
