import { describe, expect, it } from 'vitest';
import { pianoPartials } from './piano-partials';

describe('pianoPartials', () => {
  it('starts at the note itself, within a cent', () => {
    const [fundamental] = pianoPartials(220, 48000);

    expect(Math.abs(1200 * Math.log2(fundamental.frequencyHz / 220))).toBeLessThan(1);
  });

  it('stretches each upper partial a little above its harmonic', () => {
    const partials = pianoPartials(220, 48000);

    expect(partials.length).toBeGreaterThan(3);
    for (const [i, partial] of partials.entries()) {
      if (i === 0) continue;
      expect(partial.frequencyHz).toBeGreaterThan((i + 1) * 220);
      expect(partial.frequencyHz).toBeLessThan((i + 1) * 220 * 1.02);
    }
  });

  it('makes upper partials softer and shorter than the fundamental', () => {
    const [fundamental, ...upper] = pianoPartials(110, 44100);

    expect(upper.every((p) => p.level < fundamental.level && p.decaySeconds < fundamental.decaySeconds)).toBe(true);
  });

  it('lets a low note ring longer than a high one', () => {
    expect(pianoPartials(65.4, 48000)[0].decaySeconds).toBeGreaterThan(pianoPartials(1046.5, 48000)[0].decaySeconds);
  });

  it('keeps every partial well below the Nyquist frequency', () => {
    const partials = pianoPartials(1046.5, 8000);

    expect(partials.length).toBeGreaterThan(0);
    expect(partials.every((p) => p.frequencyHz < 0.45 * 8000)).toBe(true);
  });
});
