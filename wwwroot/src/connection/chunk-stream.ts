import type { AudioChunk, ChunkResult } from './hub-contract';

/** Where a chunk stream's answers go, one per chunk, in order; then its end. */
export interface ChunkAnswers {
  next(result: ChunkResult): void;
  error(error: unknown): void;
  complete(): void;
}

/** The sending end of one open chunk stream. */
export interface ChunkChannel {
  send(chunk: AudioChunk): void;
}

interface Waiter {
  resolve(result: ChunkResult): void;
  reject(error: Error): void;
}

interface OpenStream {
  channel: ChunkChannel | null;
  waiting: Waiter[];
  closed: Error | null;
}

/**
 * Sends a take's chunks over one hub stream (`streamChunks`) and still gives each chunk its own answer, as a call per
 * chunk did: the hub answers every chunk once, in order, so the answers are matched to the chunks waiting, oldest
 * first. An answer that carries an `error` rejects its chunk alone, with the hub's "[Code] sentence", and the stream
 * goes on. When the stream ends (the connection dropped, the hub gave up on it) every chunk still waiting is rejected
 * with that error, and the next chunk opens a new stream.
 */
export class ChunkStream {
  private current: OpenStream | null = null;

  /** <paramref>open</paramref> starts a stream on the hub whose answers go to the given <see>ChunkAnswers</see>. */
  constructor(private readonly open: (answers: ChunkAnswers) => ChunkChannel) {}

  send(chunk: AudioChunk): Promise<ChunkResult> {
    const stream = this.current ?? this.openStream();
    return new Promise<ChunkResult>((resolve, reject) => {
      if (stream.closed) {
        reject(stream.closed);
        return;
      }
      stream.waiting.push({ resolve, reject });
      stream.channel!.send(chunk);
    });
  }

  private openStream(): OpenStream {
    const stream: OpenStream = { channel: null, waiting: [], closed: null };
    const close = (error: Error) => {
      stream.closed = error;
      if (this.current === stream) this.current = null;
      for (const waiter of stream.waiting.splice(0)) waiter.reject(error);
    };
    this.current = stream;
    stream.channel = this.open({
      next: (result) => {
        const waiter = stream.waiting.shift();
        if (!waiter) return;
        if (result.error) waiter.reject(new Error(result.error));
        else waiter.resolve(result);
      },
      error: (error) => close(error instanceof Error ? error : new Error(String(error))),
      complete: () => close(new Error('The hub ended the chunk stream.')),
    });
    return stream;
  }
}
