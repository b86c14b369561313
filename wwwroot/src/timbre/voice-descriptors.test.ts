import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../i18n/dictionaries';
import { balladAnswer } from './timbre-answers.fixture';
import { describeVoice, labelKey, recommendationReason } from './voice-descriptors';

/** English text of a key, as the page's t() fills it. */
const english = (key: MessageKey, params?: Record<string, string | number>) =>
  en[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));

describe('voice descriptors', () => {
  it('show brightness, ring, breathiness, both roughnesses and vibrato in that order', () => {
    const lines = describeVoice(balladAnswer().descriptors);

    expect(lines.map((l) => l.id)).toEqual(['brightness', 'ring', 'breathiness', 'pitchRoughness', 'loudnessRoughness', 'vibrato']);
  });

  it('round each figure to what it can tell apart', () => {
    const values = describeVoice(balladAnswer().descriptors).map((l) => english(l.value.key, l.value.params));

    expect(values).toEqual(['1180 Hz', '-24.3 dB', '9.8 dB', '0.41 %', '2.1 %', '5.1 Hz · ±44 cents']);
  });

  it('say no vibrato was heard rather than 0 Hz', () => {
    const descriptors = { ...balladAnswer().descriptors, vibratoRateHz: 0, vibratoExtentCents: 0 };

    const vibrato = describeVoice(descriptors).find((l) => l.id === 'vibrato')!;

    expect(english(vibrato.value.key)).toBe('none heard');
  });

  it('give every measurement a one-line meaning that says which way is which', () => {
    const meanings = describeVoice(balladAnswer().descriptors).map((l) => english(l.meaning));

    expect(meanings.every((m) => m.length > 0 && !m.includes('\n'))).toBe(true);
    expect(meanings[0]).toContain('brighter');
    expect(meanings[2]).toContain('breathier');
  });
});

describe('timbre labels', () => {
  it('name the four timbres and leave others to the model', () => {
    expect(['ballad', 'dance', 'rock', 'trot'].map((l) => english(labelKey(l)!))).toEqual(['Ballad', 'Dance', 'Rock', 'Trot']);
    expect(labelKey('opera')).toBeNull();
  });
});

describe('recommendation reasons', () => {
  it('say a song of the voice’s timbre fits inside the range', () => {
    const answer = balladAnswer();

    expect(recommendationReason(answer.recommendations[0], answer, english)).toBe('A Ballad song, like your voice (91 %). Its notes G3–A4 lie inside your range.');
  });

  it('say how close the voice is to another timbre’s song, and that one outside the range ranks lower', () => {
    const answer = balladAnswer();

    expect(recommendationReason(answer.recommendations[1], answer, english)).toBe(
      'A Trot song; your voice is 8 % close to it. Its notes C4–E5 go outside your range, so it ranks lower.',
    );
  });

  it('give only the notes when no range was sent', () => {
    const answer = balladAnswer();
    const song = { ...answer.recommendations[0], fitsRange: null };

    expect(recommendationReason(song, answer, english)).toBe('A Ballad song, like your voice (91 %). Its notes run G3–A4.');
  });
});
