import type { TimbreResult } from './timbre-contract';

/** An answer shaped as docs/timbre.md shows it: a ballad voice with two suggestions, one outside the range. */
export function balladAnswer(): TimbreResult {
  return {
    label: 'ballad',
    probabilities: { ballad: 0.91, dance: 0.01, rock: 0.0, trot: 0.08 },
    descriptors: {
      spectralCentroidHz: 1184,
      singersFormantDb: -24.31,
      harmonicsToNoiseDb: 9.84,
      jitterPercent: 0.414,
      shimmerPercent: 2.06,
      vibratoRateHz: 5.12,
      vibratoExtentCents: 44.4,
      voicedSeconds: 10.2,
      durationSeconds: 12,
    },
    recommendations: [
      { songId: 'arirang', title: 'Arirang', artist: 'Traditional', style: 'ballad', lowestMidi: 55, highestMidi: 69, fitsRange: true, score: 0.91, reason: 'A ballad song.' },
      { songId: 'doraji-taryeong', title: 'Doraji', artist: 'Traditional', style: 'trot', lowestMidi: 60, highestMidi: 76, fitsRange: false, score: 0.02, reason: 'A trot song.' },
    ],
    model: { labels: ['ballad', 'dance', 'rock', 'trot'], syntheticBaseline: true, heldOutAccuracy: 0.9297, minimumSeconds: 10, minimumVoicedSeconds: 6, maximumSeconds: 120 },
  };
}
