/** The recipe of the keyboard's piano-like tone: a few sine partials, each with its own level and decay. */

/** One sine partial of the tone. */
export interface Partial {
  frequencyHz: number;
  /** Peak level, linear (the fundamental is 1 before the overall level is applied). */
  level: number;
  /** Time constant of the exponential decay, in s: the level falls to 1/e after this long. */
  decaySeconds: number;
}

/** Partials per note at most: enough for a bright attack, few enough to cost nothing. */
const maxPartials = 8;
/**
 * Stiffness of the string: partial n sounds at n·f·√(1 + B·n²). Real piano strings have B of roughly 10⁻⁴…10⁻³;
 * the slight stretch is what makes a tone sound struck rather than electronic.
 */
export const inharmonicity = 0.0004;
/** Decay of the fundamental of C4, in s; lower notes ring longer, higher ones shorter, as on a piano. */
const middleDecaySeconds = 1.6;

/**
 * The partials of a piano-like tone at <paramref>frequencyHz</paramref>, below 90 % of the Nyquist frequency of
 * <paramref>sampleRate</paramref> so none folds back as an alias.
 */
export function pianoPartials(frequencyHz: number, sampleRate: number): Partial[] {
  const ceiling = 0.45 * sampleRate;
  const fundamentalDecay = middleDecaySeconds * (261.63 / frequencyHz) ** 0.35;
  const partials: Partial[] = [];
  for (let n = 1; n <= maxPartials; n++) {
    const partialHz = n * frequencyHz * Math.sqrt(1 + inharmonicity * n * n);
    if (partialHz >= ceiling) break;
    partials.push({
      frequencyHz: partialHz,
      // Struck strings are rich at first; the upper partials are softer and die away sooner.
      level: 1 / n ** 1.3,
      decaySeconds: fundamentalDecay / (1 + 0.45 * (n - 1)),
    });
  }
  return partials;
}
