import type { MessageKey } from '../i18n/dictionaries';
import type { Notice } from '../i18n/notice';
import { noteName } from '../music/notes';
import type { TimbreDescriptors, TimbreRecommendation, TimbreResult } from './timbre-contract';

/** One line of the result card's measurements: what it is, its value, and what it means to a singer. */
export interface DescriptorLine {
  /** Stable id for the page and its tests. */
  id: 'brightness' | 'ring' | 'breathiness' | 'pitchRoughness' | 'loudnessRoughness' | 'vibrato';
  name: MessageKey;
  value: Notice;
  meaning: MessageKey;
}

/** The timbres the dictionaries name; a model with other labels shows its own label text. */
const labelKeys: Record<string, MessageKey> = {
  ballad: 'timbre.label.ballad',
  dance: 'timbre.label.dance',
  rock: 'timbre.label.rock',
  trot: 'timbre.label.trot',
};

/** The dictionary key naming <paramref>label</paramref>, or null for a label the page has no name for. */
export function labelKey(label: string): MessageKey | null {
  return labelKeys[label] ?? null;
}

/** Under this extent (cents) the analyzer reports no vibrato; the page says "none" rather than "0 Hz". */
const noVibrato = (d: TimbreDescriptors) => d.vibratoRateHz <= 0 || d.vibratoExtentCents <= 0;

/**
 * The measurements a singer can read, in the order the card shows them, each with a one-line meaning. Figures are
 * rounded to what the measurement can tell apart (10 Hz of centroid, 0.1 dB, 0.01 % of jitter).
 */
export function describeVoice(d: TimbreDescriptors): DescriptorLine[] {
  return [
    {
      id: 'brightness',
      name: 'timbre.brightness',
      value: { key: 'timbre.valueHz', params: { value: Math.round(d.spectralCentroidHz / 10) * 10 } },
      meaning: 'timbre.brightnessMeaning',
    },
    {
      id: 'ring',
      name: 'timbre.ring',
      value: { key: 'timbre.valueDb', params: { value: d.singersFormantDb.toFixed(1) } },
      meaning: 'timbre.ringMeaning',
    },
    {
      id: 'breathiness',
      name: 'timbre.breathiness',
      value: { key: 'timbre.valueDb', params: { value: d.harmonicsToNoiseDb.toFixed(1) } },
      meaning: 'timbre.breathinessMeaning',
    },
    {
      id: 'pitchRoughness',
      name: 'timbre.pitchRoughness',
      value: { key: 'timbre.valuePercent', params: { value: d.jitterPercent.toFixed(2) } },
      meaning: 'timbre.pitchRoughnessMeaning',
    },
    {
      id: 'loudnessRoughness',
      name: 'timbre.loudnessRoughness',
      value: { key: 'timbre.valuePercent', params: { value: d.shimmerPercent.toFixed(1) } },
      meaning: 'timbre.loudnessRoughnessMeaning',
    },
    {
      id: 'vibrato',
      name: 'timbre.vibrato',
      value: noVibrato(d)
        ? { key: 'timbre.vibratoNone' }
        : { key: 'timbre.vibratoValue', params: { rate: d.vibratoRateHz.toFixed(1), cents: Math.round(d.vibratoExtentCents) } },
      meaning: 'timbre.vibratoMeaning',
    },
  ];
}

/** Translates a key with its parameters (the page passes i18n's t). */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Why a song is suggested, in the page's language (the server's own reason is English only): its style and how likely
 * the voice is to be of that style, then how its notes sit against the singer's range when one was sent.
 */
export function recommendationReason(recommendation: TimbreRecommendation, result: TimbreResult, translate: Translate): string {
  const parts: string[] = [];
  const style = recommendation.style;
  const styleKey = style ? labelKey(style) : null;
  if (style && styleKey && style in result.probabilities) {
    parts.push(
      translate(style === result.label ? 'timbre.reasonStyle' : 'timbre.reasonOtherStyle', {
        style: translate(styleKey),
        percent: Math.round(100 * result.probabilities[style]),
      }),
    );
  }
  const notes = { low: noteName(recommendation.lowestMidi), high: noteName(recommendation.highestMidi) };
  const fit: MessageKey =
    recommendation.fitsRange === true ? 'timbre.reasonInRange' : recommendation.fitsRange === false ? 'timbre.reasonOutOfRange' : 'timbre.reasonNotes';
  parts.push(translate(fit, notes));
  return parts.join(' ');
}
