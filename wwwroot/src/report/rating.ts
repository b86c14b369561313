import type { LineRating } from '../connection/hub-contract';
import type { RatingLabel } from './report-contract';

/**
 * UltraStar's rating bands of a 0–10000 total, lowest first: a total from `from` up to the next band's start earns
 * `label`. The same bands as the server's (src/Dsp/Reports/RatingLabels.cs), 10 points past the round thousands.
 */
const bands: readonly { from: number; label: RatingLabel }[] = [
  { from: 0, label: 'toneDeaf' },
  { from: 2010, label: 'amateur' },
  { from: 4010, label: 'wannabe' },
  { from: 5010, label: 'hopeful' },
  { from: 6010, label: 'risingStar' },
  { from: 7010, label: 'leadSinger' },
  { from: 8010, label: 'superstar' },
  { from: 9010, label: 'ultrastar' },
];

/** The rating label of a total in UltraStar's convention (0–10000); the page uses it when a report carries no label it knows. */
export function ratingOf(total: number): RatingLabel {
  let label: RatingLabel = 'toneDeaf';
  for (const band of bands) {
    if (total >= band.from) label = band.label;
  }
  return label;
}

/** The line score (0–100) a practice pass must reach to count as mastered. */
export const practicePassScore = 80;

/** A note of a line as the practice loop weighs it. */
export interface WeightedNote {
  startSeconds: number;
  endSeconds: number;
  type: string;
}

/**
 * A line's live score, 0–100: its notes' hit shares (0–1, from the hub's live `notes`) weighted by length × factor,
 * golden notes counting twice and freestyle ones not at all, the same weighting the report's line score uses.
 * Null when the line has no scored note.
 */
export function lineScore(notes: readonly WeightedNote[], hitOf: (index: number) => number): number | null {
  let earned = 0;
  let possible = 0;
  notes.forEach((note, index) => {
    if (note.type === 'freestyle') return;
    const weight = Math.max(0, note.endSeconds - note.startSeconds) * (note.type === 'golden' || note.type === 'rapGolden' ? 2 : 1);
    possible += weight;
    earned += weight * Math.min(1, Math.max(0, hitOf(index)));
  });
  return possible > 0 ? (100 * earned) / possible : null;
}

/**
 * The rating the hub gives a line of this score (0–100): perfect from 95, great from 80, good from 60, ok from 40,
 * otherwise miss (the live aligner's thresholds). A line passes practice exactly when it rates great or better.
 */
export function lineRatingOf(score: number): LineRating {
  if (score >= 95) return 'perfect';
  if (score >= practicePassScore) return 'great';
  if (score >= 60) return 'good';
  if (score >= 40) return 'ok';
  return 'miss';
}

/** Whether a practice pass rated <paramref>rating</paramref> masters the line (perfection ≥ 80 %). */
export function passesPractice(rating: LineRating): boolean {
  return rating === 'perfect' || rating === 'great';
}
