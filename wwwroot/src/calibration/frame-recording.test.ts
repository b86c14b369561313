import { describe, expect, it } from 'vitest';
import { FrameRecording } from './frame-recording';

/** A block whose samples are their own frame numbers, so where each sample lands can be read off. */
const block = (firstFrame: number, length: number) => ({
  firstFrame,
  samples: Float32Array.from({ length }, (_, i) => firstFrame + i),
});

describe('FrameRecording', () => {
  it('cuts the recording so its first sample is the start frame', () => {
    const recording = new FrameRecording();
    recording.push(block(1000, 128));
    recording.push(block(1128, 128));
    recording.push(block(1256, 128));

    const slice = recording.slice(1100, 200);

    expect(slice.length).toBe(200);
    expect(slice[0]).toBe(1100);
    expect(slice[199]).toBe(1299);
  });

  it('keeps a dropped block as silence so later samples keep their time', () => {
    const recording = new FrameRecording();
    recording.push(block(0, 128));
    recording.push(block(256, 128));

    const slice = recording.slice(100, 200);

    expect(slice[27]).toBe(127);
    expect(slice[28]).toBe(0);
    expect(slice[155]).toBe(0);
    expect(slice[156]).toBe(256);
  });

  it('is silent before the microphone delivered its first block', () => {
    const recording = new FrameRecording();
    recording.push(block(500, 128));

    const slice = recording.slice(400, 150);

    expect(Array.from(slice.subarray(0, 100)).every((s) => s === 0)).toBe(true);
    expect(slice[100]).toBe(500);
  });

  it('reports the frame after its newest sample', () => {
    const recording = new FrameRecording();
    expect(recording.endFrame).toBe(0);

    recording.push(block(4096, 1024));

    expect(recording.endFrame).toBe(5120);
  });
});
