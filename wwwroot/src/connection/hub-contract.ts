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
}
