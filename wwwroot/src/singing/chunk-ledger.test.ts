import { describe, expect, it } from 'vitest';
import { ChunkLedger, endTake, hostLostRetry, isHostLost, maxUnacknowledgedChunks, resumeTake, type LedgerChunk } from './chunk-ledger';

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

describe('resuming a take', () => {
  const resumedAt = (nextSequence: number) => ({
    resumeSession: async (takeId: string) => ({ takeId, sampleRate: 16000, hopSeconds: 0.01, nextSequence, frameCount: 0 }),
  });
  const refusing = (message: string) => ({
    resumeSession: async (): Promise<never> => {
      throw new Error(`An unexpected error occurred invoking 'resumeSession' on the server. HubException: ${message}`);
    },
  });

  it('reopens the take, then sends again from where the server stopped accepting', async () => {
    const ledger = new ChunkLedger();
    for (let s = 0; s < 6; s++) ledger.add(chunk(s));
    const events: string[] = [];

    const resumed = await resumeTake(resumedAt(4), 'take-1', ledger, () => events.push('reopened'), (c: LedgerChunk) => events.push(`chunk ${c.sequence}`));

    expect(resumed).toBe(true);
    expect(events).toEqual(['reopened', 'chunk 4', 'chunk 5']);
  });

  it('says so when the server no longer holds the take', async () => {
    const ledger = new ChunkLedger();
    ledger.add(chunk(0));

    const resumed = await resumeTake(refusing('[NoResumableTake] Take "x" is not open any more.'), 'x', ledger, () => undefined, () => undefined);

    expect(resumed).toBe(false);
  });

  it('passes any other refusal on', async () => {
    await expect(
      resumeTake(refusing('[NoActiveSession] There is no singer id.'), 'x', new ChunkLedger(), () => undefined, () => undefined),
    ).rejects.toThrow('NoActiveSession');
  });

  const hostLost = new Error(
    "An unexpected error occurred invoking 'resumeSession' on the server. HubException: [SessionHostLost] The host that held this take went away.",
  );

  it('knows the answer that means the take\'s host went away', () => {
    expect(isHostLost(hostLost)).toBe(true);
    expect(isHostLost(new Error('HubException: [NoActiveSession] There is no open take.'))).toBe(false);
  });

  it('asks again while the take\'s host is being replaced, then sends again from where the files stop', async () => {
    const ledger = new ChunkLedger();
    for (let s = 0; s < 4; s++) ledger.add(chunk(s));
    let calls = 0;
    const recovering = {
      resumeSession: async (takeId: string) => {
        if (++calls <= 2) throw hostLost;
        return { takeId, sampleRate: 16000, hopSeconds: 0.01, nextSequence: 2, frameCount: 0 };
      },
    };
    const waits: number[] = [];
    const sent: number[] = [];

    const resumed = await resumeTake(recovering, 'x', ledger, () => undefined, (c) => sent.push(c.sequence), async (ms) => {
      waits.push(ms);
    });

    expect(resumed).toBe(true);
    expect(waits).toEqual([hostLostRetry.delayMs, hostLostRetry.delayMs]);
    expect(sent).toEqual([2, 3]);
  });

  it('gives up when no host takes the take over', async () => {
    let calls = 0;
    const gone = {
      resumeSession: async (): Promise<never> => {
        calls++;
        throw hostLost;
      },
    };

    await expect(resumeTake(gone, 'x', new ChunkLedger(), () => undefined, () => undefined, async () => undefined)).rejects.toThrow('SessionHostLost');
    expect(calls).toBe(hostLostRetry.attempts);
  });
});

describe('ending a take', () => {
  const hostLost = new Error(
    "An unexpected error occurred invoking 'endSession' on the server. HubException: [SessionHostLost] The host that held this take went away.",
  );
  const summary = { takeId: 'x' };

  it('ends it at once when its host answers', async () => {
    const events: string[] = [];
    const connection = {
      endSession: async () => (events.push('end'), summary),
      resumeSession: async (): Promise<never> => {
        throw new Error('not asked');
      },
    };

    expect(await endTake(connection, 'x', new ChunkLedger(), () => undefined, async () => undefined)).toBe(summary);
    expect(events).toEqual(['end']);
  });

  it('carries it on with the chunks its lost host had not kept, waits for their answers, then ends it', async () => {
    const ledger = new ChunkLedger();
    for (let s = 0; s < 6; s++) ledger.add(chunk(s));
    ledger.acknowledge(3); // the last keptThrough the page was given
    const events: string[] = [];
    let ends = 0;
    const connection = {
      endSession: async () => {
        events.push('end');
        if (++ends === 1) throw hostLost;
        return summary;
      },
      resumeSession: async (takeId: string) => {
        events.push('resume');
        return { takeId, sampleRate: 16000, hopSeconds: 0.01, nextSequence: 4, frameCount: 0 };
      },
    };

    const ended = await endTake(connection, 'x', ledger, (c) => events.push(`chunk ${c.sequence}`), async () => {
      events.push('answered');
    });

    expect(ended).toBe(summary);
    expect(events).toEqual(['end', 'resume', 'chunk 4', 'chunk 5', 'answered', 'end']);
  });

  it('passes any other refusal on without resuming', async () => {
    const connection = {
      endSession: async (): Promise<never> => {
        throw new Error('HubException: [NoActiveSession] There is no open take on this connection.');
      },
      resumeSession: async (): Promise<never> => {
        throw new Error('not asked');
      },
    };

    await expect(endTake(connection, 'x', new ChunkLedger(), () => undefined, async () => undefined)).rejects.toThrow('NoActiveSession');
  });

  it('says the host went away when no host holds the take any more', async () => {
    const connection = {
      endSession: async (): Promise<never> => {
        throw hostLost;
      },
      resumeSession: async (): Promise<never> => {
        throw new Error('HubException: [NoResumableTake] Take "x" is not open any more.');
      },
    };

    await expect(endTake(connection, 'x', new ChunkLedger(), () => undefined, async () => undefined)).rejects.toThrow('SessionHostLost');
  });
});
