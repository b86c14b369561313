/**
 * The take report as `GET /api/takes/{takeId}/report` serves it (camelCase JSON). Every time is song time in seconds
 * (the take's audio placed on the song by its song clock, the device delay taken off), so the graph, the chart and
 * the replay share one axis.
 */
import type { Difficulty, LineRating } from '../connection/hub-contract';

/** UltraStar Deluxe's rating of a total: below 2010 tone deaf, …, from 9010 ultrastar. */
export type RatingLabel =
  | 'toneDeaf'
  | 'amateur'
  | 'wannabe'
  | 'hopeful'
  | 'risingStar'
  | 'leadSinger'
  | 'superstar'
  | 'ultrastar';

/** Something a coach would point out about one line. */
export type PhraseFault = 'flat' | 'sharp' | 'wrongNotes' | 'late' | 'early' | 'missedNotes' | 'unclearArticulation';

/** The kind of an UltraStar note. */
export type NoteType = 'normal' | 'golden' | 'freestyle' | 'rap' | 'rapGolden';

export interface TakeReport {
  takeId: string;
  song: { id: string; title: string; artist: string; language: string | null };
  difficulty: Difficulty;
  /** When the take ended, ISO 8601 UTC. */
  endedUtc: string;
  /** Length of the sung audio in seconds. */
  durationSeconds: number;
  /** The device delay the take was scored with, in ms. */
  latencyMs: number;
  /** 0–10000, UltraStar's convention. */
  total: number;
  rating: RatingLabel;
  /** 0–1 each. */
  pitch: number;
  rhythm: number;
  /** Articulation timing, 0–1: the share of the chart's syllable starts heard as onsets (not speech recognition). */
  lyrics: number;
  phrases: ReportPhrase[];
  /** Every chart note of the sung voice but freestyle ones, in file order. */
  notes: ReportNote[];
  tendencies: ReportTendencies;
  /** What to work on, most important first; the page words each code in the singer's language. */
  advice: Advice[];
  /** The sung pitch, one value every `hopSeconds` from `startSeconds`: MIDI pitch (fractional), or null when unvoiced. */
  pitchTrack: { startSeconds: number; hopSeconds: number; midi: (number | null)[] };
  /** Where the compressed take plays from (Ogg Opus), and the song time of its first sample. */
  audio: { url: string; startSeconds: number };
  /** Lines below `practiceThreshold` (0–100 line score): the "practise this" list. */
  practiceThreshold: number;
  /** The singer's previous finished take of the same song, or null. */
  previous: PreviousTake | null;
}

export interface ReportPhrase {
  index: number;
  startSeconds: number;
  endSeconds: number;
  lyrics: string;
  /** 0–100: the line's perfection (its notes' credit weighted by length × factor). */
  score: number;
  rating: LineRating;
  /** 0–1, or null when the line has no note of that kind. */
  pitch: number | null;
  rhythm: number | null;
  lyricDelivery: number | null;
  /** Mean onset deviation in ms, positive late; null when nothing was sung. */
  meanOnsetDeviationMs: number | null;
  /** Mean octave-folded error in cents, positive sharp; null when nothing pitched was sung. */
  meanCentsError: number | null;
  faults: PhraseFault[];
  /** The line scored below the practice threshold. */
  needsPractice: boolean;
}

export interface ReportNote {
  /** Index in the voice, file order (the live contract's note id). */
  index: number;
  phrase: number;
  startSeconds: number;
  endSeconds: number;
  /** MIDI pitch of the chart note (60 = C4). */
  midi: number;
  type: NoteType;
  /** The syllable as written in the chart (leading/trailing spaces are word boundaries). */
  text: string;
  /** Whether a sung segment was matched to the note. */
  sung: boolean;
  sungStartSeconds: number | null;
  sungEndSeconds: number | null;
  /** Sung start − chart start, ms: positive late. */
  onsetDeviationMs: number | null;
  endDeviationMs: number | null;
  /** Octave-folded, positive sharp. */
  meanCentsError: number | null;
  /** 0–1: what the note earned. */
  credit: number;
}

export interface ReportTendencies {
  /** Mean pitch error over note bodies in cents, positive sharp. */
  meanCentsDeviation: number | null;
  /** How much the pitch wanders on notes of 0.5 s or more, in cents (RMS of per-note SD, vibrato removed). */
  longNoteStabilityCents: number | null;
  longNoteCount: number;
  /** Share of notes that start with a scoop from below, 0–1, and its mean depth in cents. */
  scoopShare: number | null;
  meanScoopCents: number | null;
  /** Share of sustained notes with vibrato, 0–1; its median rate (Hz) and extent (cents either side). */
  vibratoShare: number | null;
  vibratoRateHz: number | null;
  vibratoExtentCents: number | null;
  sustainedNoteCount: number;
}

/** One piece of advice: a code the page words, with the measured values it quotes. */
export interface Advice {
  code: AdviceCode;
  /** Values the sentence quotes, e.g. { cents: 30 } or { phrase: 3, ms: 140 }. */
  values: Record<string, number>;
}

export type AdviceCode =
  | 'flatOverall'
  | 'sharpOverall'
  | 'flatOnLongNotes'
  | 'sharpOnLongNotes'
  | 'unsteadyLongNotes'
  | 'lateEntries'
  | 'earlyEntries'
  | 'cutsNotesShort'
  | 'scoops'
  | 'vibratoFastNarrow'
  | 'vibratoSlowWide'
  | 'noVibrato'
  | 'unclearArticulation'
  | 'missedLines'
  | 'wellDone';

export interface PreviousTake {
  takeId: string;
  endedUtc: string;
  total: number;
  rating: RatingLabel;
  pitch: number;
  rhythm: number;
  lyrics: number;
}
