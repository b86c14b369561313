import { saveRetryingNotice } from '../account/save-notice';
import { ChunkLedger, endTake, isHostLost, resumeTake, type LedgerChunk } from '../singing/chunk-ledger';
import { captureSampleRate, Microphone } from '../audio/microphone';
import { MicrophoneError } from '../audio/microphone-error';
import { deviceKeyOf, loadDeviceLatency } from '../calibration/device-latency';
import type { ChunkResult, Difficulty, TakeSummary } from '../connection/hub-contract';
import { parseHubError } from '../connection/hub-error';
import { SingingConnection } from '../connection/singing-connection';
import type { MessageKey } from '../i18n/dictionaries';
import type { Notice } from '../i18n/notice';
import { endOpenTake, hubNotice, TakeStartError } from '../singing/live-take';
import { fetchBackingTrack } from '../songs/song-client';
import { SongClock } from './song-clock';

/** Seconds from the first captured sample to the song's start: the 3-2-1 countdown. */
export const countInSeconds = 3;
/** Least time, in seconds, between deciding when the track starts and its start, so the start is never in the past. */
const schedulingMarginSeconds = 0.2;
/** How long the microphone may take to deliver its first chunk once open, in ms. */
const firstAudioTimeoutMs = 5000;
/** Chunks kept while the take is being opened: 10 s of 40 ms chunks, far more than opening takes. */
const maxBacklogChunks = 250;

/** What a karaoke take reports to the page. */
export interface KaraokeTakeEvents {
  /** What is happening now, as a dictionary key. */
  onStatus(status: MessageKey): void;
  /** Something the singer should know about. */
  onNotice(notice: Notice): void;
  /** The microphone is open: the delay that applies to it, in ms, or null when it was never calibrated (0 is used). */
  onLatency(latencyMs: number | null): void;
  /** The track is scheduled: the song clock is known and the countdown runs. */
  onScheduled(): void;
  /**
   * A chunk's result: frame i of it was captured at song time takeStartSong + (firstFrame + i) × hopSeconds, where
   * takeStartSong is the song time of the server take's first sample.
   */
  onResult(result: ChunkResult, takeStartSong: number): void;
  /** The take is over: with its summary when it ended normally, or null when it was cut off. */
  onEnded(summary: TakeSummary | null): void;
}

/** What a chunk sent to the server ends in; chunks are handled in the order they were sent. */
type Settled = { ok: true; result: ChunkResult; takeStartSong: number } | { ok: false; error: unknown };

/**
 * One take sung to a song. The backing track plays and the microphone is captured in one AudioContext, so both run
 * on one clock: every chunk says at which song time its first sample was captured, and the page draws from the same
 * clock. The order of opening puts the slow steps (loading the track, connecting) before the microphone opens, so the
 * countdown starts as soon as the singer is heard.
 */
export class KaraokeTake {
  private context: AudioContext | null = null;
  private microphone: Microphone | null = null;
  private connection: SingingConnection | null = null;
  private source: AudioBufferSourceNode | null = null;
  private clock: SongClock | null = null;
  private sequence = 0;
  /** The open server take, for resuming it after a dropped connection. */
  private takeId: string | null = null;
  /** Chunks the server has not acknowledged yet: sent again after a resume, so a dropped connection loses no audio. */
  private ledger = new ChunkLedger();
  private sessionOpen = false;
  private ending = false;
  private ended = false;
  /** Song time of the open server take's first sample. */
  private takeStartSong = 0;
  private latencyMs = 0;
  private backlog: { pcm: Uint8Array; capturedAt: number }[] = [];
  private firstCapturedAt: number | null = null;
  private firstCaptured: () => void = () => undefined;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly songId: string,
    private readonly difficulty: Difficulty,
    private readonly events: KaraokeTakeEvents,
  ) {}

  /** The song clock, once the track is scheduled. */
  get songClock(): SongClock | null {
    return this.clock;
  }

  /** The context both the track and the microphone run on, while the take is open. */
  get audioContext(): AudioContext | null {
    return this.context;
  }

  /** The delay applied to this take, in ms (0 when never calibrated). */
  get deviceLatencyMs(): number {
    return this.latencyMs;
  }

  /** Song time now, in seconds, from the audio clock; null before the track is scheduled. */
  songSecondsNow(): number | null {
    if (!this.clock || !this.context) return null;
    return this.clock.songSecondsAt(this.context.currentTime);
  }

  /** Whether the audio is suspended by pause(). */
  get paused(): boolean {
    return this.context?.state === 'suspended';
  }

  /**
   * Loads the backing track, connects, opens the microphone, opens a take on the server and schedules the track
   * countInSeconds after the first captured sample. Throws TakeStartError with what to tell the singer.
   */
  async start(): Promise<void> {
    // Created before any await so it belongs to the singer's click and may play sound.
    const context = new AudioContext({ latencyHint: 'interactive' });
    this.context = context;
    try {
      await this.open(context);
    } catch (error) {
      await this.release();
      if (error instanceof TakeStartError) throw error;
      throw new TakeStartError({ key: 'error.micOther', params: { detail: error instanceof Error ? error.message : String(error) } });
    }
  }

  private async open(context: AudioContext): Promise<void> {
    this.events.onStatus('karaoke.status.loading');
    let track: AudioBuffer;
    try {
      track = await fetchBackingTrack(this.songId, context);
    } catch (error) {
      throw new TakeStartError({ key: 'karaoke.error.audio', params: { detail: error instanceof Error ? error.message : String(error) } });
    }
    this.throwIfStopped();

    this.events.onStatus('status.connecting');
    const connection = new SingingConnection({
      onReconnecting: () => this.connectionDropped(),
      onReconnected: () => void this.connectionRestored(),
      onClosed: () => void this.connectionLost(),
      onTakeSaveRetrying: (retrying) => this.events.onNotice(saveRetryingNotice(retrying)),
    });
    this.connection = connection;
    try {
      await connection.connect();
    } catch {
      throw new TakeStartError({ key: 'error.connection' });
    }
    this.throwIfStopped();

    this.events.onStatus('status.askingMic');
    const firstCapture = new Promise<void>((resolve) => (this.firstCaptured = resolve));
    try {
      this.microphone = await Microphone.open(context, (pcm, capturedAt) => this.captured(pcm, capturedAt));
    } catch (error) {
      const problem = MicrophoneError.from(error);
      throw new TakeStartError({ key: problem.problem, params: { detail: problem.detail } });
    }
    this.throwIfStopped();
    const microphoneTrack = this.microphone.track;
    microphoneTrack?.addEventListener('ended', () => void this.microphoneLost());
    const stored = loadDeviceLatency(localStorage, deviceKeyOf(microphoneTrack));
    this.latencyMs = stored?.latencyMs ?? 0;
    this.events.onLatency(stored ? stored.latencyMs : null);

    try {
      await this.openSession(false);
    } catch (error) {
      throw new TakeStartError(hubNotice(error));
    }

    // A microphone that opens but never delivers sound (a broken driver, a device gone to sleep) would leave the
    // countdown waiting for ever.
    let waited = 0;
    const silent = new Promise<'silent'>((resolve) => (waited = window.setTimeout(() => resolve('silent'), firstAudioTimeoutMs)));
    const heard = await Promise.race([firstCapture.then(() => 'heard' as const), silent]);
    window.clearTimeout(waited);
    if (heard === 'silent') throw new TakeStartError({ key: 'karaoke.error.noAudio' });
    this.throwIfStopped();
    const trackStartsAt = Math.max(this.firstCapturedAt! + countInSeconds, context.currentTime + schedulingMarginSeconds);
    this.clock = new SongClock(trackStartsAt, 0);
    const source = context.createBufferSource();
    source.buffer = track;
    source.connect(context.destination);
    source.onended = () => void this.songEnded();
    source.start(trackStartsAt);
    this.source = source;
    this.events.onStatus('karaoke.status.singing');
    this.events.onScheduled();
    this.flushBacklog();
  }

  /** Stopped while opening (the singer left the song): what was opened so far is released by start(). */
  private throwIfStopped(): void {
    if (this.ending) throw new TakeStartError({ key: 'status.stopped' });
  }

  /** Suspends the context: the track and the capture stop together and the song clock stands still. */
  async pause(): Promise<void> {
    if (this.context?.state === 'running' && !this.ending) {
      await this.context.suspend();
      this.events.onStatus('karaoke.status.paused');
    }
  }

  /** Resumes where pause() stopped. */
  async resume(): Promise<void> {
    if (this.context?.state === 'suspended' && !this.ending) {
      await this.context.resume();
      this.events.onStatus('karaoke.status.singing');
    }
  }

  /** Ends the take: stops the track and the microphone, waits for the chunks sent, and reports the summary. */
  async stop(): Promise<void> {
    if (this.ending) return;
    this.ending = true;
    this.events.onStatus('status.stopping');
    this.stopTrack();
    // A paused context would hold back the capture's last chunks and the close.
    if (this.context?.state === 'suspended') await this.context.resume().catch(() => undefined);
    await this.microphone?.stop();
    this.microphone = null;
    await this.pending;
    const summary = this.sessionOpen && this.connection?.connected ? await endOpenTake(() => this.endSession(), this.events.onNotice.bind(this.events)) : null;
    this.sessionOpen = false;
    await this.release();
    this.events.onStatus('status.stopped');
    this.finish(summary);
  }

  /** Ends the open take; if its host went away meanwhile, the take is carried on elsewhere with the chunks not yet kept, then ended. */
  private endSession(): Promise<TakeSummary> {
    return endTake(this.connection!, this.takeId!, this.ledger, (chunk) => this.transmit(chunk), () => this.pending);
  }

  private finish(summary: TakeSummary | null): void {
    if (this.ended) return;
    this.ended = true;
    this.events.onEnded(summary);
  }

  private captured(pcm: Uint8Array, capturedAt: number): void {
    if (this.firstCapturedAt === null) {
      this.firstCapturedAt = capturedAt;
      this.firstCaptured();
    }
    if (!this.clock) {
      // Captured before the take is open and the song clock set: the count-in, kept and sent once they are.
      if (this.backlog.length < maxBacklogChunks) this.backlog.push({ pcm, capturedAt });
      return;
    }
    this.send(pcm, capturedAt);
  }

  private flushBacklog(): void {
    const backlog = this.backlog;
    this.backlog = [];
    for (const chunk of backlog) this.send(chunk.pcm, chunk.capturedAt);
  }

  private send(pcm: Uint8Array, capturedAt: number): void {
    const clock = this.clock;
    if (!clock || this.ending || this.takeId === null) return;
    const songSeconds = clock.songSecondsAt(capturedAt);
    if (this.sequence === 0) this.takeStartSong = songSeconds;
    const chunk: LedgerChunk = { sequence: this.sequence++, pcm, songSeconds };
    // Kept until acknowledged; while a dropped connection is being restored it waits here to be resumed.
    this.ledger.add(chunk);
    if (this.sessionOpen && this.connection?.connected) this.transmit(chunk);
  }

  private transmit(chunk: LedgerChunk): void {
    const connection = this.connection!;
    const takeStartSong = this.takeStartSong;
    const settled: Promise<Settled> = connection
      .sendChunk({ sequence: chunk.sequence, sampleRate: captureSampleRate, pcm: chunk.pcm, songSeconds: chunk.songSeconds })
      .then(
        (result) => ({ ok: true, result, takeStartSong }),
        (error: unknown) => ({ ok: false, error }),
      );
    this.pending = this.pending.then(() => settled).then((outcome) => this.handle(outcome));
  }

  private handle(outcome: Settled): void {
    if (outcome.ok) {
      this.ledger.acknowledge(outcome.result.keptThrough);
      if (!outcome.result.duplicate) this.events.onResult(outcome.result, outcome.takeStartSong);
      return;
    }
    if (isHostLost(outcome.error)) {
      this.hostLost();
      return;
    }
    const { code } = parseHubError(outcome.error);
    if (code === null && !this.connection?.connected) return;
    this.events.onNotice(hubNotice(outcome.error));
    if (code === 'NoActiveSession') {
      this.sessionOpen = false;
      void this.stop();
    }
  }

  private async openSession(afterReconnect: boolean): Promise<void> {
    const connection = this.connection!;
    const request = { sampleRate: captureSampleRate, songId: this.songId, difficulty: this.difficulty, latencyMs: this.latencyMs };
    this.sequence = 0;
    this.ledger = new ChunkLedger();
    let started;
    try {
      started = await connection.startSession(request);
    } catch (error) {
      if (!afterReconnect || parseHubError(error).code !== 'SessionAlreadyActive') throw error;
      await connection.endSession();
      started = await connection.startSession(request);
    }
    this.takeId = started.takeId;
    this.sessionOpen = true;
  }

  /**
   * Carries the open take on over the restored connection and sends again what the server did not accept. False when
   * the server no longer holds the take (it ended, or the connection was gone too long).
   */
  private async resumeSession(): Promise<boolean> {
    if (this.takeId === null) return false;
    return resumeTake(this.connection!, this.takeId, this.ledger, () => (this.sessionOpen = true), (chunk) => this.transmit(chunk));
  }

  private async songEnded(): Promise<void> {
    // The track's own end (not stop()): the song is over, so is the take.
    if (!this.ending) await this.stop();
  }

  private async microphoneLost(): Promise<void> {
    if (this.ending) return;
    this.events.onNotice({ key: 'karaoke.error.micLost' });
    await this.stop();
  }

  /**
   * The server host that held the take went away while this connection stayed up: resume as after a dropped
   * connection. Chunks in flight fail the same way; only the first starts the resume (the take is closed until then).
   */
  private hostLost(): void {
    if (!this.sessionOpen || this.ending) return;
    this.connectionDropped();
    void this.connectionRestored();
  }

  private connectionDropped(): void {
    this.sessionOpen = false;
    this.events.onStatus('status.reconnecting');
  }

  private async connectionRestored(): Promise<void> {
    if (this.ending) return;
    try {
      // The server keeps a dropped take open for a minute: carry it on. Only when it is gone does a new take start,
      // from the song time the song is at.
      const resumed = await this.resumeSession();
      if (!resumed) await this.openSession(true);
      this.events.onStatus(this.paused ? 'karaoke.status.paused' : 'karaoke.status.singing');
      this.events.onNotice({ key: resumed ? 'status.resumed' : 'status.reconnected' });
    } catch (error) {
      this.events.onNotice(hubNotice(error));
      await this.stop();
    }
  }

  private async connectionLost(): Promise<void> {
    if (this.ending) return;
    this.ending = true;
    this.sessionOpen = false;
    this.stopTrack();
    await this.release();
    this.events.onNotice({ key: 'error.connectionLost' });
    this.events.onStatus('status.stopped');
    this.finish(null);
  }

  private stopTrack(): void {
    if (!this.source) return;
    this.source.onended = null;
    try {
      this.source.stop();
    } catch {
      // Not started yet is fine: stopping a source that never played has nothing to stop.
    }
    this.source.disconnect();
    this.source = null;
  }

  private async release(): Promise<void> {
    this.stopTrack();
    await this.microphone?.stop();
    this.microphone = null;
    await this.connection?.disconnect().catch(() => undefined);
    this.connection = null;
    await this.context?.close().catch(() => undefined);
    this.context = null;
  }
}
