/** The song API's JSON (GET /api/songs and GET /api/songs/{id}); see docs/songs.md. */

export type SongStyle = 'ballad' | 'dance' | 'rock' | 'trot';
export type SongDifficulty = 'easy' | 'medium' | 'hard';

/** One song of the catalogue. */
export interface SongSummary {
  /** URL-safe id. */
  id: string;
  title: string;
  artist: string;
  /** As the chart's #LANGUAGE says it, e.g. "English" or "Korean"; null when not given. */
  language: string | null;
  /** ballad, dance, rock or trot; null when not given (uploads may carry anything). */
  style: string | null;
  /** easy, medium or hard; null when not given. */
  difficulty: string | null;
  /** Seconds. */
  durationSeconds: number;
  lowestMidi: number;
  highestMidi: number;
  hasGoldenNotes: boolean;
  audioUrl: string;
  uploaded: boolean;
}

export type NoteType = 'normal' | 'golden' | 'rap' | 'goldenRap' | 'freestyle';

/** A note of a chart, timed in seconds from the start of the audio. */
export interface SongNote {
  startSeconds: number;
  endSeconds: number;
  startBeat: number;
  lengthBeats: number;
  /** 60 = C4; meaningless for rap and freestyle notes. */
  midi: number;
  type: NoteType;
  /** The syllable as written: a leading space starts a word, "~" continues the syllable before. */
  text: string;
}

/** A line of lyrics with its notes. */
export interface SongPhrase {
  startSeconds: number;
  endSeconds: number;
  lyrics: string;
  notes: SongNote[];
}

/** One singer's part. */
export interface SongVoice {
  number: number;
  singer: string | null;
  phrases: SongPhrase[];
}

/** A song's catalogue entry and its chart. */
export interface SongDetails {
  song: SongSummary;
  bpm: number;
  gapMs: number;
  voices: SongVoice[];
}
