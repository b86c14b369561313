import { describe, expect, it } from 'vitest';
import { en, ko } from '../i18n/dictionaries';
import { scoreChange, scoreChangeArrow, scoreChangeKey } from './score-change';

describe('scoreChange', () => {
  it('is up by the difference when the new score is higher', () => {
    expect(scoreChange(7420, 6900)).toEqual({ direction: 'up', difference: 520 });
  });

  it('is down by the difference when the new score is lower', () => {
    expect(scoreChange(6900, 7420)).toEqual({ direction: 'down', difference: 520 });
  });

  it('is the same when the scores are equal', () => {
    expect(scoreChange(5000, 5000)).toEqual({ direction: 'same', difference: 0 });
  });

  it('is a first take when there is no previous score', () => {
    expect(scoreChange(5000, null).direction).toBe('first');
  });

  it('draws an up arrow for a rise and a down arrow for a fall, none otherwise', () => {
    expect([scoreChange(2, 1), scoreChange(1, 2), scoreChange(1, 1), scoreChange(1, null)].map(scoreChangeArrow)).toEqual(['▲', '▼', '', '']);
  });

  it('words a rise with its difference in both languages', () => {
    const key = scoreChangeKey(scoreChange(7420, 6900));

    expect(en[key]).toContain('{difference}');
    expect(ko[key]).toContain('{difference}');
    expect(en[key]).toMatch(/up/i);
    expect(ko[key]).toContain('올랐');
  });

  it('words a fall as down in both languages', () => {
    const key = scoreChangeKey(scoreChange(6900, 7420));

    expect(en[key]).toMatch(/down/i);
    expect(ko[key]).toContain('내려');
  });
});
