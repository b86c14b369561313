import { describe, expect, it } from 'vitest';
import { ChunkLedger, maxUnacknowledgedChunks } from './chunk-ledger';

const chunk = (sequence: number) => ({ sequence, pcm: new Uint8Array([sequence & 0xff, 0]) });

describe('chunk ledger', () => {
  it('lets go of chunks the server acknowledged, and of every chunk before them', () => {
    const ledger = new ChunkLedger();
    for (let s = 0; s < 5; s++) ledger.add(chunk(s));

    ledger.acknowledge(2);

    expect(ledger.size).toBe(2);
    expect(ledger.resendFrom(3).map((c) => c.sequence)).toEqual([3, 4]);
  });

  it('resends from where the server says it stopped accepting, even if an acknowledgement never arrived', () => {
    const ledger = new ChunkLedger();
    for (let s = 0; s < 10; s++) ledger.add(chunk(s));
    ledger.acknowledge(4);

    // Chunks 5–7 reached the server, but their answers were lost with the connection.
    const again = ledger.resendFrom(8);

    expect(again.map((c) => c.sequence)).toEqual([8, 9]);
    expect(again[0].pcm).toEqual(new Uint8Array([8, 0]));
  });

  it('keeps a song time with its chunk', () => {
    const ledger = new ChunkLedger();
    ledger.add({ ...chunk(0), songSeconds: -1.5 });

    expect(ledger.resendFrom(0)[0].songSeconds).toBe(-1.5);
  });

  it('refuses a chunk out of sequence', () => {
    const ledger = new ChunkLedger();
    ledger.add(chunk(0));

    expect(() => ledger.add(chunk(2))).toThrow(RangeError);
  });

  it('holds at most a minute of audio and says when it had to drop some', () => {
    const ledger = new ChunkLedger();
    for (let s = 0; s <= maxUnacknowledgedChunks; s++) ledger.add(chunk(s));

    expect(ledger.size).toBe(maxUnacknowledgedChunks);
    expect(ledger.lostAudio).toBe(true);
    expect(ledger.resendFrom(0)[0].sequence).toBe(1);
  });
});
