import type { ReportNote, ReportPhrase } from './report-contract';

/** The lines in the order they are sung. */
export function phrasesInOrder(phrases: readonly ReportPhrase[]): ReportPhrase[] {
  return [...phrases].sort((a, b) => a.startSeconds - b.startSeconds || a.index - b.index);
}

/**
 * The lines to practise: those the report marks, weakest first (a coach starts with what went worst), lines of equal
 * score in song order.
 */
export function sectionsToPractise(phrases: readonly ReportPhrase[]): ReportPhrase[] {
  return phrases
    .filter((p) => p.needsPractice)
    .sort((a, b) => a.score - b.score || a.startSeconds - b.startSeconds || a.index - b.index);
}

/** The notes of one line, in time order. */
export function notesOf(notes: readonly ReportNote[], phrase: number): ReportNote[] {
  return notes.filter((n) => n.phrase === phrase).sort((a, b) => a.startSeconds - b.startSeconds || a.index - b.index);
}

/** Seconds of the song played before a practised line, so the singer hears where it comes from and breathes. */
export const practiceLeadSeconds = 2;

/** Seconds kept after the line's last note, so a held end is judged to its end. */
export const practiceTailSeconds = 0.5;

/** The stretch of the song one practice pass plays, in song seconds. */
export interface PracticeSpan {
  startSeconds: number;
  endSeconds: number;
  /** Seconds played before the line's first note. */
  leadSeconds: number;
}

/**
 * The song time one pass over <paramref>phrase</paramref> plays: from {@link practiceLeadSeconds} before its first note
 * (never before the song's start) to {@link practiceTailSeconds} after its last.
 */
export function practiceSpan(phrase: ReportPhrase, notes: readonly ReportNote[]): PracticeSpan {
  const own = notesOf(notes, phrase.index);
  const first = own.length > 0 ? own[0].startSeconds : phrase.startSeconds;
  const last = own.length > 0 ? Math.max(...own.map((n) => n.endSeconds)) : phrase.endSeconds;
  const startSeconds = Math.max(0, first - practiceLeadSeconds);
  return { startSeconds, endSeconds: last + practiceTailSeconds, leadSeconds: first - startSeconds };
}

/** Which way a score moved since the previous take: up, down, or level when within <paramref>epsilon</paramref>. */
export function trend(current: number, previous: number, epsilon = 0.005): 'up' | 'down' | 'same' {
  if (current > previous + epsilon) return 'up';
  if (current < previous - epsilon) return 'down';
  return 'same';
}
