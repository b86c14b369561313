import { describe, expect, it } from 'vitest';
import { PcmChunker } from './pcm-chunker';

describe('PcmChunker', () => {
  it('emits one 1280-byte chunk per 640 samples fed in 128-sample render quanta', () => {
    const chunks: ArrayBuffer[] = [];
    const chunker = new PcmChunker(640, (bytes) => chunks.push(bytes));

    for (let quantum = 0; quantum < 10; quantum++) chunker.push(new Float32Array(128));

    expect(chunks.map((c) => c.byteLength)).toEqual([1280, 1280]);
  });

  it('keeps samples in order across quantum and chunk boundaries', () => {
    const chunks: ArrayBuffer[] = [];
    const chunker = new PcmChunker(4, (bytes) => chunks.push(bytes));
    const ramp = Float32Array.from({ length: 10 }, (_, i) => i / 32767);

    chunker.push(ramp.subarray(0, 3));
    chunker.push(ramp.subarray(3, 10));

    const samples = chunks.flatMap((c) => Array.from(new Int16Array(c)));
    expect(samples).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('holds back a partial chunk until it is full', () => {
    const chunks: ArrayBuffer[] = [];
    const chunker = new PcmChunker(640, (bytes) => chunks.push(bytes));

    chunker.push(new Float32Array(639));

    expect(chunks).toHaveLength(0);
  });
});
