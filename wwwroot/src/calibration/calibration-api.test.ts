import { describe, expect, it } from 'vitest';
import { adviceFor, readCalibrationAnswer } from './calibration-api';

describe('readCalibrationAnswer', () => {
  it('reads the delay and the clicks heard from a 200', () => {
    expect(readCalibrationAnswer(200, { latencyMs: 187.5, matchedClicks: 8, spreadMs: 0.1 })).toEqual({
      kind: 'measured',
      latencyMs: 187.5,
      matchedClicks: 8,
      spreadMs: 0.1,
    });
  });

  it('reads a 422 as not measured with the server advice and counts', () => {
    const answer = readCalibrationAnswer(422, { detail: 'No clicks were heard.', matchedClicks: 0, expectedClicks: 8 });

    expect(answer).toEqual({ kind: 'notMeasured', matchedClicks: 0, expectedClicks: 8, detail: 'No clicks were heard.' });
  });

  it('reads a 400 as refused with its detail', () => {
    expect(readCalibrationAnswer(400, { detail: 'not a WAV' })).toEqual({ kind: 'refused', status: 400, detail: 'not a WAV' });
  });
});

describe('adviceFor', () => {
  it('says the clicks could not be heard when none were', () => {
    expect(adviceFor({ kind: 'notMeasured', matchedClicks: 0, expectedClicks: 8, detail: '' }).key).toBe('calibrate.noClicks');
  });

  it('says how many clicks were heard when too few were', () => {
    expect(adviceFor({ kind: 'notMeasured', matchedClicks: 3, expectedClicks: 8, detail: '' })).toEqual({
      key: 'calibrate.fewClicks',
      params: { heard: 3, expected: 8 },
    });
  });

  it('shows the server detail for a case it does not know', () => {
    expect(adviceFor({ kind: 'refused', status: 413, detail: 'too large' })).toEqual({ key: 'calibrate.refused', params: { detail: 'too large' } });
  });
});
