import { captureSampleRate, Microphone } from '../audio/microphone';
import { MicrophoneError } from '../audio/microphone-error';
import { deviceKeyOf, loadDeviceLatency } from '../calibration/device-latency';
import type { ChunkResult, Difficulty, LineRating, TakeSummary } from '../connection/hub-contract';
import { parseHubError } from '../connection/hub-error';
import { SingingConnection } from '../connection/singing-connection';
import type { Notice } from '../i18n/notice';
import { SongClock } from '../karaoke/song-clock';
import { fetchBackingTrack } from '../songs/song-client';
import type { PracticeSpan } from './phrase-list';

/** Seconds between scheduling a pass's backing track and its start, so the start is never in the past. */
const startDelaySeconds = 0.2;

/** What a practice pass tells the panel. */
export interface PracticeEvents {
  /** The backing track is loading (once), a pass is playing its lead-in, or the singer's line, or is being scored. */
  onPhase(phase: 'loading' | 'listen' | 'sing' | 'scoring', pass: number): void;
  /** A chunk's answer, with the song time its frames start at (frame i at songStart + (firstFrame + i) × hop). */
  onResult(result: ChunkResult, takeStartSongSeconds: number): void;
  /** Song time of the backing track now, for the playhead; called at display rate while a pass plays. */
  onSongTime(seconds: number): void;
  onError(notice: Notice): void;
}

/** How one pass ended. */
export interface PassOutcome {
  pass: number;
  /** The line's rating as the hub judged it (live, or in the take's summary); null when it did not rate the line. */
  rating: LineRating | null;
  summary: TakeSummary | null;
}

/**
 * Loops one stretch of a song for practice: each pass plays the song's backing track over the stretch while the
 * microphone's chunks go to the singing hub as a take sung to the song, each chunk stamped with the song time of its
 * first sample; the pass ends its take, so the hub's summary rates the line.
 *
 * The backing track plays and the microphone is captured in one AudioContext (the karaoke page's capture and song
 * clock), so each chunk's song time is read off the clock its sound was captured on.
 */
export class PracticeSession {
  private context: AudioContext | null = null;
  private backing: AudioBuffer | null = null;
  private microphone: Microphone | null = null;
  private connection: SingingConnection | null = null;
  private sending = false;
  private sequence = 0;
  private clock: SongClock | null = null;
  private takeStartSong = 0;
  private playStartedAt = 0;
  private pending: Promise<void> = Promise.resolve();
  private source: AudioBufferSourceNode | null = null;
  private rating: LineRating | null = null;
  private closed = false;
  private frame = 0;

  constructor(
    private readonly songId: string,
    private readonly difficulty: Difficulty,
    private readonly phraseIndex: number,
    private readonly span: PracticeSpan,
    private readonly events: PracticeEvents,
  ) {}

  /** Loads the backing track, opens the microphone and connects. Throws a notice's worth of error when it cannot. */
  async open(): Promise<void> {
    this.events.onPhase('loading', 0);
    // Created before any await so it belongs to the singer's click and may play sound.
    this.context = new AudioContext({ latencyHint: 'interactive' });
    try {
      this.backing = await fetchBackingTrack(this.songId, this.context);
    } catch (error) {
      throw new PracticeError({ key: 'report.practice.audioFailed', params: { detail: error instanceof Error ? error.message : String(error) } });
    }
    if (this.closed) return;
    try {
      this.microphone = await Microphone.open(this.context, (pcm, capturedAt) => this.send(pcm, capturedAt));
    } catch (error) {
      const problem = MicrophoneError.from(error);
      throw new PracticeError({ key: problem.problem, params: { detail: problem.detail } });
    }
    if (this.closed) {
      // Closed while the microphone was being opened: close() found nothing to release yet.
      await this.microphone.stop();
      this.microphone = null;
      return;
    }
    this.connection = new SingingConnection({
      onReconnecting: () => undefined,
      onReconnected: () => undefined,
      onClosed: () => {
        if (!this.closed) this.events.onError({ key: 'error.connectionLost' });
      },
    });
    try {
      await this.connection.connect();
    } catch {
      throw new PracticeError({ key: 'error.connection' });
    }
    if (this.closed) {
      await this.connection.disconnect();
      this.connection = null;
      return;
    }
    if (this.context.state === 'suspended') await this.context.resume();
  }

  /** Plays one pass over the stretch and ends its take. */
  async pass(pass: number): Promise<PassOutcome> {
    const connection = this.connection;
    const context = this.context;
    if (this.closed || !connection || !context) return { pass, rating: null, summary: null };
    const latency = loadDeviceLatency(localStorage, deviceKeyOf(this.microphone?.track));
    try {
      await connection.startSession({
        sampleRate: captureSampleRate,
        songId: this.songId,
        difficulty: this.difficulty,
        latencyMs: latency?.latencyMs ?? 0,
        practice: true,
      });
    } catch (error) {
      throw new PracticeError({ key: 'error.hub', params: { message: parseHubError(error).sentence } });
    }
    this.sequence = 0;
    this.rating = null;
    this.pending = Promise.resolve();

    const source = context.createBufferSource();
    source.buffer = this.backing;
    source.connect(context.destination);
    const duration = this.span.endSeconds - this.span.startSeconds;
    this.playStartedAt = context.currentTime + startDelaySeconds;
    this.clock = new SongClock(this.playStartedAt, this.span.startSeconds);
    const ended = new Promise<void>((resolve) => (source.onended = () => resolve()));
    source.start(this.playStartedAt, this.span.startSeconds, duration);
    this.source = source;
    this.sending = true;
    this.events.onPhase('listen', pass);
    this.followPlayback(pass);

    await ended;
    cancelAnimationFrame(this.frame);
    this.sending = false;
    this.source = null;
    if (this.closed) return { pass, rating: null, summary: null };
    this.events.onPhase('scoring', pass);
    await this.pending;
    let summary: TakeSummary | null = null;
    try {
      summary = await connection.endSession();
    } catch (error) {
      this.events.onError({ key: 'error.hub', params: { message: parseHubError(error).sentence } });
    }
    const fromSummary = summary?.karaoke?.phrases.find((p) => p.index === this.phraseIndex)?.rating ?? null;
    return { pass, rating: this.rating ?? fromSummary, summary };
  }

  /** Stops the pass under way (its take is ended) and releases the microphone, the audio and the connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.sending = false;
    cancelAnimationFrame(this.frame);
    try {
      this.source?.stop();
    } catch {
      // Never started, or already stopped.
    }
    await this.microphone?.stop().catch(() => undefined);
    this.microphone = null;
    const connection = this.connection;
    this.connection = null;
    if (connection?.connected) {
      await this.pending;
      // A take still open for this singer would block the next take; it is ended whatever its state.
      await connection.endSession().catch(() => undefined);
      await connection.disconnect().catch(() => undefined);
    }
    await this.context?.close().catch(() => undefined);
    this.context = null;
  }

  private followPlayback(pass: number): void {
    const context = this.context;
    if (!context || this.closed) return;
    const song = this.clock?.songSecondsAt(context.currentTime) ?? this.span.startSeconds;
    this.events.onSongTime(song);
    // "Sing now" half a second before the line's first note, so the singer can breathe in on it.
    this.events.onPhase(song >= this.span.startSeconds + this.span.leadSeconds - 0.5 ? 'sing' : 'listen', pass);
    this.frame = requestAnimationFrame(() => this.followPlayback(pass));
  }

  private send(pcm: Uint8Array, capturedAt: number): void {
    const connection = this.connection;
    const clock = this.clock;
    if (!this.sending || !connection?.connected || !clock) return;
    const songSeconds = clock.songSecondsAt(capturedAt);
    // Sound captured before the pass's track started belongs to no song time the pass plays.
    if (songSeconds < this.span.startSeconds) return;
    const sequence = this.sequence++;
    if (sequence === 0) this.takeStartSong = songSeconds;
    const takeStart = this.takeStartSong;
    const settled = connection.sendChunk({ sequence, sampleRate: captureSampleRate, pcm, songSeconds }).then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    this.pending = this.pending
      .then(() => settled)
      .then((outcome) => {
        if (!outcome.ok) {
          if (connection.connected) this.events.onError({ key: 'error.hub', params: { message: parseHubError(outcome.error).sentence } });
          return;
        }
        if (outcome.result.duplicate) return;
        const rated = outcome.result.phrases.find((p) => p.index === this.phraseIndex);
        if (rated) this.rating = rated.rating;
        this.events.onResult(outcome.result, takeStart);
      });
  }
}

/** A practice pass could not start; the notice says why and what to do. */
export class PracticeError extends Error {
  constructor(readonly notice: Notice) {
    super(notice.key);
    this.name = 'PracticeError';
  }
}
