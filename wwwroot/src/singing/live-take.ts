import { saveRetryingNotice } from '../account/save-notice';
import { ChunkLedger, endTake, isHostLost, resumeTake, type LedgerChunk } from './chunk-ledger';
import { captureSampleRate, Microphone } from '../audio/microphone';
import { MicrophoneError } from '../audio/microphone-error';
import type { ChunkResult, RangeResult, TakeSummary } from '../connection/hub-contract';
import { parseHubError } from '../connection/hub-error';
import { SingingConnection } from '../connection/singing-connection';
import type { MessageKey } from '../i18n/dictionaries';
import type { Notice } from '../i18n/notice';

/** What a live take reports to the page. */
export interface LiveTakeEvents {
  /** A new take began on the server (at Start, and again after a reconnect); frame times restart at 0. */
  onTakeStarted(): void;
  /** Frames that became final: frame i is at (firstFrame + i) × hopSeconds s from the take's start. */
  onFrames(result: ChunkResult): void;
  /** What is happening now, as a dictionary key. */
  onStatus(status: MessageKey): void;
  /** Something the singer should know about (an error, or that a new take started after a reconnect). */
  onNotice(notice: Notice): void;
  /** The take is over: with its summary after Stop, or null when it ended another way. */
  onEnded(summary: TakeSummary | null): void;
}

/** Thrown by start() when the take could not begin; the notice says why and what to do. */
export class TakeStartError extends Error {
  constructor(readonly notice: Notice) {
    super(notice.key);
    this.name = 'TakeStartError';
  }
}

/** Chunks kept while the first take is being opened: 5 s of 40 ms chunks, far more than connecting takes. */
const maxBacklogChunks = 125;

type Settled = { ok: true; result: ChunkResult } | { ok: false; error: unknown };

/**
 * One singing take from Start to Stop: microphone chunks go to the hub in sequence order, results come back in the
 * same order. Chunks are kept until the server acknowledges them, so after a dropped connection is restored the take
 * is resumed and nothing sung in between is lost; only when the server no longer holds the take does a new one start.
 */
export class LiveTake {
  private microphone: Microphone | null = null;
  private connection: SingingConnection | null = null;
  private sequence = 0;
  /** The open server take, for resuming it after a dropped connection. */
  private takeId: string | null = null;
  /** Chunks the server has not acknowledged yet. */
  private ledger = new ChunkLedger();
  /** True while the server has an open take for this connection and chunks may be sent. */
  private sessionOpen = false;
  private ending = false;
  /**
   * Audio captured between the microphone starting and the server opening the first take. The singer starts singing
   * on pressing Start, so this is sent first rather than dropped.
   */
  private backlog: Uint8Array[] | null = [];
  /** Settles after every chunk sent so far has been handled, in order. */
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly events: LiveTakeEvents) {}

  /** Asks for the microphone, connects and starts a take. Throws TakeStartError with what to tell the singer. */
  async start(): Promise<void> {
    this.events.onStatus('status.askingMic');
    try {
      this.microphone = await Microphone.start((pcm) => this.send(pcm));
    } catch (error) {
      const problem = MicrophoneError.from(error);
      throw new TakeStartError({ key: problem.problem, params: { detail: problem.detail } });
    }

    this.events.onStatus('status.connecting');
    this.connection = new SingingConnection({
      onReconnecting: () => this.connectionDropped(),
      onReconnected: () => void this.connectionRestored(),
      onClosed: () => void this.connectionLost(),
      onTakeSaveRetrying: (retrying) => this.events.onNotice(saveRetryingNotice(retrying)),
    });
    try {
      await this.connection.connect();
    } catch {
      await this.release();
      throw new TakeStartError({ key: 'error.connection' });
    }
    try {
      await this.openSession(false);
    } catch (error) {
      await this.release();
      throw new TakeStartError(hubNotice(error));
    }
    this.events.onStatus('status.listening');
  }

  /** Stops the microphone, waits for the chunks already sent, ends the take and reports its summary. */
  async stop(): Promise<void> {
    if (this.ending) return;
    this.ending = true;
    this.events.onStatus('status.stopping');
    await this.microphone?.stop();
    this.microphone = null;
    await this.pending;
    const summary = this.sessionOpen && this.connection?.connected ? await endOpenTake(() => this.endSession(), this.events.onNotice.bind(this.events)) : null;
    this.sessionOpen = false;
    await this.connection?.disconnect();
    this.connection = null;
    this.events.onStatus('status.stopped');
    this.events.onEnded(summary);
  }

  /** Ends the open take; if its host went away meanwhile, the take is carried on elsewhere with the chunks not yet kept, then ended. */
  private endSession(): Promise<TakeSummary> {
    return endTake(this.connection!, this.takeId!, this.ledger, (chunk) => this.transmit(chunk), () => this.pending);
  }

  /**
   * The open take's range so far: null while no note has been held stably, and also while no take is open (before
   * the first one starts, or while a dropped connection is being restored). Rejects when the hub refuses.
   */
  async range(): Promise<RangeResult | null> {
    const connection = this.connection;
    if (!this.sessionOpen || this.ending || !connection?.connected) return null;
    return connection.getRange();
  }

  /**
   * Opens a take on the server. With <paramref>afterReconnect</paramref>, a take still open for this singer is the one
   * this page had before its connection dropped (the server may not have noticed yet), so it is ended and replaced;
   * otherwise it belongs to another tab and is left alone, and the hub's error goes to the singer.
   */
  private async openSession(afterReconnect: boolean): Promise<void> {
    const connection = this.connection!;
    this.sequence = 0;
    this.ledger = new ChunkLedger();
    let started;
    try {
      started = await connection.startSession({ sampleRate: captureSampleRate });
    } catch (error) {
      if (!afterReconnect || parseHubError(error).code !== 'SessionAlreadyActive') throw error;
      await connection.endSession();
      started = await connection.startSession({ sampleRate: captureSampleRate });
    }
    this.takeId = started.takeId;
    this.sessionOpen = true;
    this.events.onTakeStarted();
    // Sent synchronously, before any newer chunk can arrive from the worklet, so the sequence stays in order.
    const backlog = this.backlog ?? [];
    this.backlog = null;
    for (const pcm of backlog) this.send(pcm);
  }

  private send(pcm: Uint8Array): void {
    const connection = this.connection;
    if (this.backlog !== null) {
      if (this.backlog.length < maxBacklogChunks) this.backlog.push(pcm);
      return;
    }
    if (this.ending || this.takeId === null) return;
    const chunk: LedgerChunk = { sequence: this.sequence++, pcm };
    // Kept until acknowledged; while a dropped connection is being restored it waits here to be resumed.
    this.ledger.add(chunk);
    if (this.sessionOpen && connection?.connected) this.transmit(chunk);
  }

  private transmit(chunk: LedgerChunk): void {
    const settled: Promise<Settled> = this.connection!
      .sendChunk({ sequence: chunk.sequence, sampleRate: captureSampleRate, pcm: chunk.pcm })
      .then(
        (result) => ({ ok: true, result }),
        (error: unknown) => ({ ok: false, error }),
      );
    this.pending = this.pending.then(() => settled).then((outcome) => this.handle(outcome));
  }

  private handle(outcome: Settled): void {
    if (outcome.ok) {
      this.ledger.acknowledge(outcome.result.keptThrough);
      if (!outcome.result.duplicate) this.events.onFrames(outcome.result);
      return;
    }
    if (isHostLost(outcome.error)) {
      this.hostLost();
      return;
    }
    const { code } = parseHubError(outcome.error);
    // Invocations cut off by a dropped connection carry no code; the reconnect handler speaks for them.
    if (code === null && !this.connection?.connected) return;
    this.events.onNotice(hubNotice(outcome.error));
    if (code === 'NoActiveSession') {
      this.sessionOpen = false;
      void this.stop();
    }
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
      if (await this.resumeSession()) {
        this.events.onStatus('status.listening');
        this.events.onNotice({ key: 'status.resumed' });
        return;
      }
      // The server no longer holds the take: a new one starts, with the frame times from 0.
      await this.openSession(true);
      this.events.onStatus('status.listening');
      this.events.onNotice({ key: 'status.reconnected' });
    } catch (error) {
      this.events.onNotice(hubNotice(error));
      await this.stop();
    }
  }

  /** Carries the take on over the restored connection; false when the server no longer holds it. */
  private async resumeSession(): Promise<boolean> {
    if (this.takeId === null) return false;
    return resumeTake(this.connection!, this.takeId, this.ledger, () => (this.sessionOpen = true), (chunk) => this.transmit(chunk));
  }

  private async connectionLost(): Promise<void> {
    if (this.ending) return;
    this.ending = true;
    this.sessionOpen = false;
    await this.release();
    this.events.onNotice({ key: 'error.connectionLost' });
    this.events.onStatus('status.stopped');
    this.events.onEnded(null);
  }

  private async release(): Promise<void> {
    await this.microphone?.stop();
    this.microphone = null;
    await this.connection?.disconnect();
    this.connection = null;
  }
}

/**
 * Ends the open take and returns its summary, telling the singer through <paramref>onNotice</paramref> when the hub
 * refused (null is returned then) or when a signed-in singer's take could not reach their history.
 */
export async function endOpenTake(end: () => Promise<TakeSummary>, onNotice: (notice: Notice) => void): Promise<TakeSummary | null> {
  try {
    const summary = await end();
    if (summary.save && !summary.save.saved) onNotice({ key: 'account.saveFailed' });
    return summary;
  } catch (error) {
    onNotice(hubNotice(error));
    return null;
  }
}

/** The notice for a failed hub invocation: the hub's sentence without its bracketed code. */
export function hubNotice(error: unknown): Notice {
  return { key: 'error.hub', params: { message: parseHubError(error).sentence } };
}
