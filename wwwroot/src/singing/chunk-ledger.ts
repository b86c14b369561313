import type { SessionResumed } from '../connection/hub-contract';
import { parseHubError } from '../connection/hub-error';

/**
 * The chunks of a take that the server has not acknowledged yet, so that none is lost when the connection drops:
 * after a resume the server says which sequence number it needs next, and everything from there is sent again.
 */
export interface LedgerChunk {
  sequence: number;
  pcm: Uint8Array;
  songSeconds?: number;
}

/** 60 s of 40 ms chunks: the server keeps a dropped take open for 60 s, so nothing older can be resumed. */
export const maxUnacknowledgedChunks = 1500;

export class ChunkLedger {
  private readonly chunks: LedgerChunk[] = [];
  private overflowed = false;

  /** Chunks held, oldest first. */
  get size(): number {
    return this.chunks.length;
  }

  /** True once a chunk had to be let go because too many were held: the take has a gap the server will record. */
  get lostAudio(): boolean {
    return this.overflowed;
  }

  /** Holds a chunk that is about to be sent (or cannot be sent yet). Sequence numbers must rise by one. */
  add(chunk: LedgerChunk): void {
    const last = this.chunks.at(-1);
    if (last && chunk.sequence !== last.sequence + 1) {
      throw new RangeError(`Chunk ${chunk.sequence} does not follow chunk ${last.sequence}.`);
    }
    this.chunks.push(chunk);
    if (this.chunks.length > maxUnacknowledgedChunks) {
      this.chunks.shift();
      this.overflowed = true;
    }
  }

  /** The server kept <paramref>sequence</paramref> and every chunk before it (a result's `keptThrough`). */
  acknowledge(sequence: number): void {
    let drop = 0;
    while (drop < this.chunks.length && this.chunks[drop].sequence <= sequence) drop++;
    if (drop > 0) this.chunks.splice(0, drop);
  }

  /** What to send again after a resume: every held chunk from <paramref>nextSequence</paramref> on, in order. */
  resendFrom(nextSequence: number): LedgerChunk[] {
    this.acknowledge(nextSequence - 1);
    return [...this.chunks];
  }
}

/**
 * True when a failed invocation means the server host that held the take went away (the connection itself is fine):
 * the page answers it as it answers a dropped connection, by resuming the take and sending again what was not
 * acknowledged; another host carries the take on from its files.
 */
export function isHostLost(error: unknown): boolean {
  return parseHubError(error).code === 'SessionHostLost';
}

/** While the cluster has not yet noticed a lost host (a few seconds), resuming is tried this often, this far apart. */
export const hostLostRetry = { attempts: 40, delayMs: 250 };

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Asks the server to carry take <paramref>takeId</paramref> on over a restored connection, calls
 * <paramref>reopened</paramref>, and sends again every kept chunk the server did not accept, in order and before any
 * newer chunk can be captured. False when the server no longer holds the take (it ended, or the connection was gone
 * longer than the server waits); other refusals are thrown. While the answer is that the take's host went away, it
 * asks again (<see>hostLostRetry</see>), until the cluster has moved the take to a host that is up.
 */
export async function resumeTake(
  connection: { resumeSession(takeId: string): Promise<SessionResumed> },
  takeId: string,
  ledger: ChunkLedger,
  reopened: () => void,
  transmit: (chunk: LedgerChunk) => void,
  wait: (ms: number) => Promise<void> = pause,
): Promise<boolean> {
  let resumed: SessionResumed | null = null;
  for (let attempt = 1; resumed === null; attempt++) {
    try {
      resumed = await connection.resumeSession(takeId);
    } catch (error) {
      if (parseHubError(error).code === 'NoResumableTake') return false;
      if (!isHostLost(error) || attempt >= hostLostRetry.attempts) throw error;
      await wait(hostLostRetry.delayMs);
    }
  }
  reopened();
  for (const chunk of ledger.resendFrom(resumed.nextSequence)) transmit(chunk);
  return true;
}

/**
 * Ends take <paramref>takeId</paramref> with <paramref>endSession</paramref>. When the answer is that the take's host
 * went away, its last chunks (those after the last `keptThrough`) may be missing from its files: the take is resumed
 * on a host that is up, the kept chunks it lacks are sent again (<see>resumeTake</see>), their answers are awaited
 * (<paramref>settled</paramref>), and the take is ended there. Any other refusal, or a take the server no longer holds,
 * is thrown.
 */
export async function endTake<T>(
  connection: { endSession(): Promise<T>; resumeSession(takeId: string): Promise<SessionResumed> },
  takeId: string,
  ledger: ChunkLedger,
  transmit: (chunk: LedgerChunk) => void,
  settled: () => Promise<void>,
  wait: (ms: number) => Promise<void> = pause,
): Promise<T> {
  try {
    return await connection.endSession();
  } catch (error) {
    if (!isHostLost(error) || !(await resumeTake(connection, takeId, ledger, () => undefined, transmit, wait))) throw error;
  }
  await settled();
  return connection.endSession();
}
