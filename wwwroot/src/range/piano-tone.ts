import { frequencyOf } from '../music/notes';
import { pianoPartials } from './piano-partials';

/** Seconds from silence to the peak: fast, like a hammer, but not a click. */
const attackSeconds = 0.004;
/** A partial is stopped after this many decay time constants (−43 dB), when nobody can hear it any more. */
const decayConstantsHeard = 5;
/** Level of one note's fundamental, linear: leaves headroom for chords of quick taps. */
const noteLevel = 0.22;

/** What the tone's output is doing, for the page to show in its markup. */
export interface PianoToneState {
  /** The output AudioContext's state, or "none" before the first note. */
  output: AudioContextState | 'none';
  /** Notes started since the page opened. */
  notesPlayed: number;
}

/**
 * Plays piano-like notes through its own AudioContext at the device's rate: the microphone's context runs at
 * 16 kHz for the pitch tracker, far too low for a bright tone, and must not be disturbed by playback.
 */
export class PianoTone {
  private context: AudioContext | null = null;
  private output: AudioNode | null = null;
  private notesPlayed = 0;

  constructor(private readonly onStateChange: (state: PianoToneState) => void) {}

  /** Plays MIDI note <paramref>midi</paramref>. Call from a click or tap: browsers only start audio after a gesture. */
  async play(midi: number): Promise<void> {
    const context = this.ensureContext();
    if (context.state !== 'running') await context.resume();
    const start = context.currentTime;
    const envelopeStart = start + attackSeconds;
    for (const partial of pianoPartials(frequencyOf(midi), context.sampleRate)) {
      const oscillator = new OscillatorNode(context, { type: 'sine', frequency: partial.frequencyHz });
      const gain = new GainNode(context, { gain: 0 });
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(noteLevel * partial.level, envelopeStart);
      gain.gain.setTargetAtTime(0, envelopeStart, partial.decaySeconds);
      oscillator.connect(gain).connect(this.output!);
      oscillator.start(start);
      oscillator.stop(envelopeStart + decayConstantsHeard * partial.decaySeconds);
      oscillator.onended = () => gain.disconnect();
    }
    this.notesPlayed++;
    this.report();
  }

  /** Closes the output. */
  async dispose(): Promise<void> {
    await this.context?.close();
    this.context = null;
  }

  private ensureContext(): AudioContext {
    if (this.context) return this.context;
    const context = new AudioContext({ latencyHint: 'interactive' });
    // Quick repeated taps overlap; the compressor keeps their sum from clipping.
    const limiter = new DynamicsCompressorNode(context, { threshold: -10, knee: 6, ratio: 8, attack: 0.002, release: 0.2 });
    limiter.connect(context.destination);
    context.onstatechange = () => this.report();
    this.context = context;
    this.output = limiter;
    return context;
  }

  private report(): void {
    this.onStateChange({ output: this.context?.state ?? 'none', notesPlayed: this.notesPlayed });
  }
}
