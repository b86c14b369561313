import { describe, expect, it } from 'vitest';
import { CaptureClock } from '../audio/capture-clock';
import { Downsampler, downsamplerDelaySamples } from '../audio/downsampler';
import { PcmChunker } from '../audio/pcm-chunker';
import { SongClock } from './song-clock';

const chunkSamples = 640;

/**
 * Runs the capture path's bookkeeping for <paramref>seconds</paramref> of 128-frame render quanta starting at context
 * frame <paramref>firstFrame</paramref>, without audio: the chunk count follows from the resampler's output count.
 * Returns the capture time of every chunk.
 */
function chunkTimes(contextRate: number, firstFrame: number, seconds: number): number[] {
  const clock = new CaptureClock(contextRate, 16000, contextRate === 16000 ? 0 : downsamplerDelaySamples);
  const quanta = Math.floor((seconds * contextRate) / 128);
  for (let q = 0; q < quanta; q++) clock.quantum(firstFrame + q * 128, 128);
  const chunks = Math.floor((quanta * 128 * 16000) / contextRate / chunkSamples);
  return Array.from({ length: chunks }, (_, k) => clock.secondsOf(k * chunkSamples));
}

describe('SongClock', () => {
  it('puts a chunk captured 3 s before the track started at song time −3', () => {
    const song = new SongClock(10.5);

    expect(song.songSecondsAt(7.5)).toBeCloseTo(-3, 12);
  });

  it('adds the offset the track started from', () => {
    const song = new SongClock(10, 42);

    expect(song.songSecondsAt(11.25)).toBeCloseTo(43.25, 12);
    expect(song.contextSecondsAt(43.25)).toBeCloseTo(11.25, 12);
  });

  it.each([48000, 44100, 16000])('keeps chunks at %i Hz exactly 40 ms apart over a five-minute song', (rate) => {
    const firstFrame = 123_457;
    const song = new SongClock(firstFrame / rate + 3);

    const times = chunkTimes(rate, firstFrame, 300).map((t) => song.songSecondsAt(t));

    expect(times.length).toBeGreaterThanOrEqual(7499);
    const delay = rate === 16000 ? 0 : downsamplerDelaySamples / rate;
    for (const k of [0, 1, 1000, times.length - 1]) {
      // No accumulated error: chunk k is k × 40 ms after the first, to a nanosecond.
      expect(Math.abs(times[k] - (k * 0.04 - 3 - delay))).toBeLessThan(1e-9);
    }
  });
});

describe('CaptureClock', () => {
  it('asks for silence in place of quanta that came without input', () => {
    const clock = new CaptureClock(48000, 16000, 0);

    clock.quantum(1000, 128);
    const missing = clock.quantum(1000 + 3 * 128, 128);

    expect(missing).toBe(2 * 128);
  });

  it('times a click through the downsampler at the context time it was captured', () => {
    const rate = 48000;
    const firstFrame = 96_000; // the capture began 2 s into the context's life
    const clickFrame = firstFrame + 4800 + 17; // 100 ms and 17 frames later
    const clock = new CaptureClock(rate, 16000, downsamplerDelaySamples);
    const downsampler = new Downsampler(rate, 16000);
    const out: number[] = [];
    const chunker = new PcmChunker(chunkSamples, (bytes) => out.push(...new Int16Array(bytes)));

    for (let frame = firstFrame; frame < firstFrame + rate / 2; frame += 128) {
      const quantum = new Float32Array(128);
      if (clickFrame >= frame && clickFrame < frame + 128) quantum[clickFrame - frame] = 1;
      clock.quantum(frame, 128);
      chunker.push(downsampler.process(quantum));
    }

    const peak = out.reduce((best, value, i) => (value > out[best] ? i : best), 0);
    // Within one output sample (62.5 µs) of the click.
    expect(Math.abs(clock.secondsOf(peak) - clickFrame / rate)).toBeLessThanOrEqual(1 / 16000);
  });
});
