import { describe, expect, it } from 'vitest';
import { ChunkStream, type ChunkAnswers } from './chunk-stream';
import type { AudioChunk, ChunkResult } from './hub-contract';
import { parseHubError } from './hub-error';

const chunk = (sequence: number): AudioChunk => ({ sequence, sampleRate: 16000, pcm: new Uint8Array(2) });
const answer = (sequence: number, error?: string): ChunkResult => ({
  sequence,
  duplicate: false,
  firstFrame: 0,
  hopSeconds: 0.01,
  frequencyHz: [],
  confidence: [],
  levelDb: [],
  notes: [],
  phrases: [],
  score: 0,
  keptThrough: -1,
  error: error ?? null,
});

/** Hub streams as the test plays them: what each was sent, and the hub's end of each. */
function hub() {
  const streams: { sent: number[]; answers: ChunkAnswers }[] = [];
  const chunks = new ChunkStream((answers) => {
    const stream = { sent: [] as number[], answers };
    streams.push(stream);
    return { send: (c) => stream.sent.push(c.sequence) };
  });
  return { chunks, streams };
}

const outcome = (promise: Promise<ChunkResult>) =>
  promise.then(
    (result) => ({ sequence: result.sequence }),
    (error: unknown) => ({ refused: parseHubError(error) }),
  );

describe('chunk stream', () => {
  it('sends every chunk on one stream and gives each its own answer, in order', async () => {
    const { chunks, streams } = hub();
    const sent = [0, 1, 2].map((s) => outcome(chunks.send(chunk(s))));

    for (const s of [0, 1, 2]) streams[0].answers.next(answer(s));

    expect(streams).toHaveLength(1);
    expect(streams[0].sent).toEqual([0, 1, 2]);
    expect(await Promise.all(sent)).toEqual([{ sequence: 0 }, { sequence: 1 }, { sequence: 2 }]);
  });

  it('rejects only the chunk the hub refused, with its code, and goes on', async () => {
    const { chunks, streams } = hub();
    const sent = [0, 1, 2].map((s) => outcome(chunks.send(chunk(s))));

    streams[0].answers.next(answer(0));
    streams[0].answers.next(answer(1, '[SessionHostLost] The host that held this take went away.'));
    streams[0].answers.next(answer(2));

    const [first, second, third] = await Promise.all(sent);
    expect(first).toEqual({ sequence: 0 });
    expect(second).toEqual({ refused: { code: 'SessionHostLost', sentence: 'The host that held this take went away.' } });
    expect(third).toEqual({ sequence: 2 });
    expect(streams).toHaveLength(1);
  });

  it('rejects every chunk still waiting when the stream breaks, and opens a new stream for the next chunk', async () => {
    const { chunks, streams } = hub();
    const before = [0, 1, 2].map((s) => outcome(chunks.send(chunk(s))));
    streams[0].answers.next(answer(0));

    streams[0].answers.error(new Error('Invocation canceled due to the underlying connection being closed.'));
    const after = outcome(chunks.send(chunk(1)));
    streams[1].answers.next(answer(1));

    const [first, second, third] = await Promise.all(before);
    expect(first).toEqual({ sequence: 0 });
    expect(second).toEqual({ refused: { code: null, sentence: 'Invocation canceled due to the underlying connection being closed.' } });
    expect(third).toEqual(second);
    expect(streams[1].sent).toEqual([1]);
    expect(await after).toEqual({ sequence: 1 });
  });

  it('does not give a broken stream’s late answers to the chunks of the next one', async () => {
    const { chunks, streams } = hub();
    const lost = outcome(chunks.send(chunk(0)));
    streams[0].answers.error(new Error('gone'));
    const next = outcome(chunks.send(chunk(0)));

    streams[0].answers.next(answer(99));
    streams[1].answers.next(answer(0));

    expect(await lost).toEqual({ refused: { code: null, sentence: 'gone' } });
    expect(await next).toEqual({ sequence: 0 });
  });

  it('treats a stream the hub ended as broken: what waits is rejected, the next chunk opens another', async () => {
    const { chunks, streams } = hub();
    const waiting = outcome(chunks.send(chunk(0)));

    streams[0].answers.complete();
    void chunks.send(chunk(1));

    expect(await waiting).toMatchObject({ refused: { code: null } });
    expect(streams).toHaveLength(2);
  });

  it('rejects a chunk sent to a stream that broke while it was being opened', async () => {
    const chunks = new ChunkStream((answers) => {
      answers.error(new Error("Cannot send data if the connection is not in the 'Connected' State."));
      return { send: () => undefined };
    });

    expect(await outcome(chunks.send(chunk(0)))).toMatchObject({ refused: { code: null } });
  });
});
