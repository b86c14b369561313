/** The singing hub's messages (see the hub contract); field names are the same under MessagePack and JSON. */

export const singingHubPath = '/hubs/singing';

export interface StartSessionRequest {
  sampleRate: number;
}

export interface StartSessionResult {
  takeId: string;
  sampleRate: number;
  /** Seconds between pitch frames. */
  hopSeconds: number;
}

export interface AudioChunk {
  /** 0 for the first chunk of a take, then +1 per chunk. */
  sequence: number;
  sampleRate: number;
  /** Mono 16-bit little-endian PCM. */
  pcm: Uint8Array;
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
}

export interface TakeSummary {
  takeId: string;
  durationSeconds: number;
  frameCount: number;
  voicedFrameCount: number;
  missingChunks: number[];
  /** The singer's range over the whole take, or null when no note was held stably (absent from older servers). */
  range?: RangeResult | null;
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
