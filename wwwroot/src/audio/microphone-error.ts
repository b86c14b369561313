import type { MessageKey } from '../i18n/dictionaries';

/** Why the microphone could not be started, as a key of the dictionaries. */
export type MicrophoneProblem = Extract<
  MessageKey,
  'error.micDenied' | 'error.micNotFound' | 'error.micBusy' | 'error.insecure' | 'error.noAudioWorklet' | 'error.micOther'
>;

/** A microphone failure the singer can act on. */
export class MicrophoneError extends Error {
  constructor(
    readonly problem: MicrophoneProblem,
    readonly detail: string = '',
  ) {
    super(detail || problem);
    this.name = 'MicrophoneError';
  }

  /** Classifies what getUserMedia or the AudioContext threw. */
  static from(error: unknown): MicrophoneError {
    if (error instanceof MicrophoneError) return error;
    const name = error instanceof DOMException || error instanceof Error ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    switch (name) {
      case 'NotAllowedError':
      case 'PermissionDeniedError':
      case 'SecurityError':
        return new MicrophoneError('error.micDenied', message);
      case 'NotFoundError':
      case 'DevicesNotFoundError':
      case 'OverconstrainedError':
        return new MicrophoneError('error.micNotFound', message);
      case 'NotReadableError':
      case 'TrackStartError':
      case 'AbortError':
        return new MicrophoneError('error.micBusy', message);
      default:
        return new MicrophoneError('error.micOther', message);
    }
  }
}
