import { describe, expect, it } from 'vitest';
import { parseModelInfo, parseTimbreResult, probabilityRows, singItLink } from './timbre-contract';
import { balladAnswer } from './timbre-answers.fixture';

describe('timbre result parsing', () => {
  it('reads the documented answer unchanged', () => {
    const answer = balladAnswer();

    expect(parseTimbreResult(JSON.parse(JSON.stringify(answer)))).toEqual(answer);
  });

  it('rejects an answer without descriptors', () => {
    const answer: Record<string, unknown> = { ...balladAnswer() };
    delete answer.descriptors;

    expect(parseTimbreResult(answer)).toBeNull();
  });

  it('rejects a probability outside 0–1', () => {
    const answer = balladAnswer();
    answer.probabilities.rock = 1.5;

    expect(parseTimbreResult(answer)).toBeNull();
  });

  it('rejects a label that has no probability', () => {
    expect(parseTimbreResult({ ...balladAnswer(), label: 'opera' })).toBeNull();
  });

  it('rejects a recommendation without a song id', () => {
    const answer = balladAnswer();
    (answer.recommendations[0] as unknown as Record<string, unknown>).songId = '';

    expect(parseTimbreResult(answer)).toBeNull();
  });

  it('reads a model with no held-out accuracy as null accuracy', () => {
    const model = { ...balladAnswer().model, heldOutAccuracy: null };

    expect(parseModelInfo(model)?.heldOutAccuracy).toBeNull();
  });

  it('rejects a model whose maximum is below its minimum', () => {
    expect(parseModelInfo({ ...balladAnswer().model, maximumSeconds: 5 })).toBeNull();
  });
});

describe('probability rows', () => {
  it('follow the model label order with percentages summing to 100', () => {
    const rows = probabilityRows(balladAnswer());

    expect(rows.map((r) => r.label)).toEqual(['ballad', 'dance', 'rock', 'trot']);
    expect(rows.map((r) => r.percent)).toEqual([91, 1, 0, 8]);
  });

  it('round thirds so they still sum to 100', () => {
    const answer = balladAnswer();
    answer.probabilities = { ballad: 1 / 3, dance: 1 / 3, rock: 1 / 3, trot: 0 };

    const percents = probabilityRows(answer).map((r) => r.percent);

    expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.max(...percents) - Math.min(...percents.slice(0, 3))).toBeLessThanOrEqual(1);
  });
});

describe('sing it link', () => {
  it('opens the karaoke page on the song, its id escaped', () => {
    expect(singItLink('ode to joy')).toBe('/karaoke?song=ode%20to%20joy');
  });
});
