import type { TakeSaveResult } from '../account/take-save';

/** The singing hub's messages (see the hub contract); field names are the same under MessagePack and JSON. */

export const singingHubPath = '/hubs/singing';

export interface StartSessionRequest {
  sampleRate: number;
  /** The song sung (its id in /api/songs); absent for a take without a song. */
  songId?: string;
  /** Tolerance of the note judgement; absent means medium. Only with a song. */
  difficulty?: Difficulty;
  /** The device's delay from song to microphone, 0–1000 ms (see calibration); absent means 0. Only with a song. */
  latencyMs?: number;
  /** A practice pass over part of the song: judged live, but no report and no history. Only with a song. */
  practice?: boolean;
}

export type Difficulty = 'easy' | 'medium' | 'hard';

export interface StartSessionResult {
  takeId: string;
  sampleRate: number;
  /** Seconds between pitch frames. */
  hopSeconds: number;
}

/** Argument of resumeSession: the take to carry on after a dropped connection. */
export interface ResumeSessionRequest {
  takeId: string;
}

/** Result of resumeSession. */
export interface SessionResumed {
  takeId: string;
  sampleRate: number;
  hopSeconds: number;
  /** The first chunk the server did not accept: send again every kept chunk from this sequence number. */
  nextSequence: number;
  /** Frames returned so far. */
  frameCount: number;
}

export interface AudioChunk {
  /** 0 for the first chunk of a take, then +1 per chunk. */
  sequence: number;
  sampleRate: number;
  /** Mono 16-bit little-endian PCM. */
  pcm: Uint8Array;
  /**
   * The song clock: song time, in seconds, at which the backing track played when the chunk's first sample was
   * captured (the same audio clock drives both, so this never drifts). Negative during a count-in. Absent: the
   * take's sample count is the song time. Only in a take sung to a song.
   */
  songSeconds?: number;
}

export interface ChunkResult {
  sequence: number;
  duplicate: boolean;
  /** Index of the first frame in this result; frame i is at (firstFrame + i) × hopSeconds s from the take's start. */
  firstFrame: number;
  hopSeconds: number;
  /** Hz per frame, 0 when unvoiced. */
  frequencyHz: number[];
  /** 0…1 per frame. */
  confidence: number[];
  /** dBFS per frame. */
  levelDb: number[];
  /** The song's notes whose progress changed with this chunk; empty without a song. */
  notes: NoteProgress[];
  /** The song's lines that ended with this chunk; empty without a song. */
  phrases: PhraseRating[];
  /** The running total in UltraStar's convention, 0–10 000; 0 without a song. */
  score: number;
  /**
   * The last chunk the server has kept on disk, with every one before it (-1 before the first). Later chunks must be
   * kept, to send again after a lost host; this trails `sequence` by a few chunks.
   */
  keptThrough: number;
  /** Set when the hub refused the chunk: "[Code] sentence", and nothing else in the answer counts. */
  error?: string | null;
}

/** How far one of the song's notes has been sung. */
export interface NoteProgress {
  /** The note's index in the song's first voice, in file order. */
  id: number;
  /** Share of the note earned so far, 0…1; from 0.6 the note counts as hit. */
  hit: number;
  /** The song has passed the note's end, so it will not change again. */
  final: boolean;
}

export type LineRating = 'perfect' | 'great' | 'good' | 'ok' | 'miss';

/** A line of lyrics that has ended, with its rating. */
export interface PhraseRating {
  /** The line's index in the song's first voice. */
  index: number;
  rating: LineRating;
}

/** How a take sung to a song scored. */
export interface KaraokeResult {
  songId: string;
  difficulty: Difficulty;
  /** Total in UltraStar's convention, 0–10 000. */
  score: number;
  notesHit: number;
  notesScored: number;
  phrases: PhraseRating[];
}

export interface TakeSummary {
  takeId: string;
  durationSeconds: number;
  frameCount: number;
  voicedFrameCount: number;
  missingChunks: number[];
  /** The singer's range over the whole take, or null when no note was held stably (absent from older servers). */
  range?: RangeResult | null;
  /** The song side of the take, or null for a take without a song. */
  karaoke?: KaraokeResult | null;
  /** The headline of the take's report, saved before this answer; null without a song or when it failed. */
  report?: ReportHeadline | null;
  /** Why a take sung to a song has no report, in a sentence that says what to do. */
  reportError?: string | null;
  /** For a signed-in singer: whether the take reached their history (null for an anonymous singer). */
  save?: TakeSaveResult | null;
}

/** The headline of a take's report; the full report is at `url` (see report/report-contract.ts). */
export interface ReportHeadline {
  /** 0–10000. */
  total: number;
  /** UltraStar's label: 'toneDeaf' … 'ultrastar'. */
  rating: string;
  /** 0–1 each. */
  pitch: number;
  rhythm: number;
  lyrics: number;
  url: string;
}

/** A voice type as the hub names it. */
export type VoiceType = 'bass' | 'baritone' | 'tenor' | 'alto' | 'mezzo-soprano' | 'soprano';

/** One note the singer held stably. */
export interface StableNoteResult {
  /** Scientific pitch name, e.g. "E2" or "C#4". */
  name: string;
  /** Median frequency in Hz, rounded to 0.1. */
  hz: number;
  startSeconds: number;
  durationSeconds: number;
}

/** The singer's range in a take: its lowest and highest stable notes, and what they suggest. */
export interface RangeResult {
  /** Lowest stable note's name, e.g. "E2". */
  lowest: string;
  /** Highest stable note's name, e.g. "A4". */
  highest: string;
  lowestHz: number;
  highestHz: number;
  /** Semitones from lowest to highest. */
  semitones: number;
  octaves: number;
  voiceType: VoiceType;
  /** Low end of the comfortable range, e.g. "A2". */
  tessituraLow: string;
  /** High end of the comfortable range, e.g. "E4". */
  tessituraHigh: string;
  stableNotes: StableNoteResult[];
}
