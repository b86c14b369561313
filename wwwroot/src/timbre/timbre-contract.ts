/** What GET /api/timbre/model and each result say about the serving model (docs/timbre.md, API). */
export interface TimbreModelInfo {
  /** The timbres the model tells apart, in its output order. */
  labels: string[];
  /** True for the shipped model, trained only on synthetic voices. */
  syntheticBaseline: boolean;
  /** Accuracy on held-out synthetic singers when it was trained (0–1), or null when unknown. */
  heldOutAccuracy: number | null;
  /** Shortest recording accepted, in seconds. */
  minimumSeconds: number;
  /** Least singing a recording must hold, in seconds. */
  minimumVoicedSeconds: number;
  /** Longest recording accepted, in seconds. */
  maximumSeconds: number;
}

/** Measurements of the voice a singer can understand (docs/timbre.md, Voice descriptors). */
export interface TimbreDescriptors {
  /** Mean spectral centroid, in Hz: higher is brighter. */
  spectralCentroidHz: number;
  /** Energy 2–4 kHz relative to 0–2 kHz, in dB: the ring of the singer's formant near 3 kHz. */
  singersFormantDb: number;
  /** Harmonics-to-noise ratio, in dB: lower is breathier. */
  harmonicsToNoiseDb: number;
  /** Pitch perturbation, in % of the period. */
  jitterPercent: number;
  /** Loudness perturbation, in % of the amplitude. */
  shimmerPercent: number;
  /** Vibrato rate, in Hz; 0 when there is none. */
  vibratoRateHz: number;
  /** Vibrato extent (half the peak-to-peak swing), in cents; 0 when there is none. */
  vibratoExtentCents: number;
  /** Seconds with a pitch. */
  voicedSeconds: number;
  /** Seconds recorded. */
  durationSeconds: number;
}

/** A song suggested for the voice. */
export interface TimbreRecommendation {
  songId: string;
  title: string;
  artist: string;
  /** The song's style tag, or null. */
  style: string | null;
  lowestMidi: number;
  highestMidi: number;
  /** True inside the singer's range, false outside it, null when no range was sent. */
  fitsRange: boolean | null;
  /** Ranking score, 0–1. */
  score: number;
  /** One line, from the server, saying why (in English). */
  reason: string;
}

/** The answer of POST /api/timbre. */
export interface TimbreResult {
  /** The most probable timbre. */
  label: string;
  /** Every timbre's probability (0–1). */
  probabilities: Record<string, number>;
  descriptors: TimbreDescriptors;
  recommendations: TimbreRecommendation[];
  model: TimbreModelInfo;
}

const descriptorNames: readonly (keyof TimbreDescriptors)[] = [
  'spectralCentroidHz',
  'singersFormantDb',
  'harmonicsToNoiseDb',
  'jitterPercent',
  'shimmerPercent',
  'vibratoRateHz',
  'vibratoExtentCents',
  'voicedSeconds',
  'durationSeconds',
];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/** The model description in <paramref>value</paramref>, or null when it is not one. */
export function parseModelInfo(value: unknown): TimbreModelInfo | null {
  if (!isRecord(value)) return null;
  const { labels, syntheticBaseline, heldOutAccuracy, minimumSeconds, minimumVoicedSeconds, maximumSeconds } = value;
  if (!Array.isArray(labels) || !labels.every(isString) || labels.length === 0) return null;
  if (typeof syntheticBaseline !== 'boolean') return null;
  if (!(heldOutAccuracy === null || heldOutAccuracy === undefined || (isNumber(heldOutAccuracy) && heldOutAccuracy >= 0 && heldOutAccuracy <= 1))) return null;
  if (!isNumber(minimumSeconds) || !isNumber(minimumVoicedSeconds) || !isNumber(maximumSeconds)) return null;
  if (minimumSeconds <= 0 || maximumSeconds < minimumSeconds) return null;
  return { labels: [...labels], syntheticBaseline, heldOutAccuracy: heldOutAccuracy ?? null, minimumSeconds, minimumVoicedSeconds, maximumSeconds };
}

function parseDescriptors(value: unknown): TimbreDescriptors | null {
  if (!isRecord(value)) return null;
  const descriptors: Partial<TimbreDescriptors> = {};
  for (const name of descriptorNames) {
    const figure = value[name];
    if (!isNumber(figure)) return null;
    descriptors[name] = figure;
  }
  return descriptors as TimbreDescriptors;
}

function parseRecommendation(value: unknown): TimbreRecommendation | null {
  if (!isRecord(value)) return null;
  const { songId, title, artist, style, lowestMidi, highestMidi, fitsRange, score, reason } = value;
  if (!isString(songId) || songId === '' || !isString(title) || !isString(artist) || !isString(reason)) return null;
  if (!(style === null || style === undefined || isString(style))) return null;
  if (!isNumber(lowestMidi) || !isNumber(highestMidi) || !isNumber(score)) return null;
  if (!(fitsRange === null || fitsRange === undefined || typeof fitsRange === 'boolean')) return null;
  return { songId, title, artist, style: style ?? null, lowestMidi, highestMidi, fitsRange: fitsRange ?? null, score, reason };
}

/**
 * The diagnosis in <paramref>value</paramref> (the parsed JSON of POST /api/timbre, or a kept copy of it), or null
 * when any field the page draws is missing or malformed, so a damaged answer never draws a half card.
 */
export function parseTimbreResult(value: unknown): TimbreResult | null {
  if (!isRecord(value)) return null;
  const { label, probabilities, descriptors, recommendations, model } = value;
  if (!isString(label) || !isRecord(probabilities) || !Array.isArray(recommendations)) return null;
  const parsedModel = parseModelInfo(model);
  const parsedDescriptors = parseDescriptors(descriptors);
  if (!parsedModel || !parsedDescriptors) return null;
  const parsedProbabilities: Record<string, number> = {};
  for (const [name, probability] of Object.entries(probabilities)) {
    if (!isNumber(probability) || probability < 0 || probability > 1) return null;
    parsedProbabilities[name] = probability;
  }
  if (!(label in parsedProbabilities)) return null;
  const parsedRecommendations: TimbreRecommendation[] = [];
  for (const item of recommendations) {
    const recommendation = parseRecommendation(item);
    if (!recommendation) return null;
    parsedRecommendations.push(recommendation);
  }
  return { label, probabilities: parsedProbabilities, descriptors: parsedDescriptors, recommendations: parsedRecommendations, model: parsedModel };
}

/**
 * The probabilities in the model's label order (labels the answer lacks are left out, extra ones follow), each with
 * its whole-number percentage; the percentages are rounded so that they add up to 100 (largest remainder), so the
 * bars a singer reads never sum to 99 or 101.
 */
export function probabilityRows(result: TimbreResult): { label: string; probability: number; percent: number }[] {
  const order = [...result.model.labels.filter((l) => l in result.probabilities), ...Object.keys(result.probabilities).filter((l) => !result.model.labels.includes(l))];
  const total = order.reduce((sum, label) => sum + result.probabilities[label], 0);
  const exact = order.map((label) => (total > 0 ? (100 * result.probabilities[label]) / total : 0));
  const percents = exact.map(Math.floor);
  let missing = total > 0 ? 100 - percents.reduce((a, b) => a + b, 0) : 0;
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    percents[index]++;
    missing--;
  }
  return order.map((label, i) => ({ label, probability: result.probabilities[label], percent: percents[i] }));
}

/** The page of the karaoke take for a recommended song. */
export function singItLink(songId: string): string {
  return `/karaoke?song=${encodeURIComponent(songId)}`;
}
