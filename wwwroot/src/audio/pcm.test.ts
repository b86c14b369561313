import { describe, expect, it } from 'vitest';
import { writePcm16le } from './pcm';

function encode(samples: number[]): DataView {
  const view = new DataView(new ArrayBuffer(samples.length * 2));
  writePcm16le(Float32Array.from(samples), view, 0);
  return view;
}

describe('writePcm16le', () => {
  it('maps full scale to the ends of the 16-bit range', () => {
    const view = encode([1, -1, 0]);

    expect([view.getInt16(0, true), view.getInt16(2, true), view.getInt16(4, true)]).toEqual([32767, -32768, 0]);
  });

  it('clips samples beyond full scale instead of wrapping', () => {
    const view = encode([1.5, -3]);

    expect([view.getInt16(0, true), view.getInt16(2, true)]).toEqual([32767, -32768]);
  });

  it('writes the low byte first', () => {
    const view = encode([0x0102 / 32767]);

    expect([view.getUint8(0), view.getUint8(1)]).toEqual([0x02, 0x01]);
  });
});
