import { describe, expect, it } from 'vitest';
import { diagnosisUrl, readDiagnosis } from './timbre-client';
import { balladAnswer } from './timbre-answers.fixture';

describe('timbre client', () => {
  it('posts without a range when there is none', () => {
    expect(diagnosisUrl(null)).toBe('/api/timbre');
  });

  it('sends the range as MIDI notes', () => {
    expect(diagnosisUrl({ lowestMidi: 45, highestMidi: 65 })).toBe('/api/timbre?lowestMidi=45&highestMidi=65');
  });

  it('reads a diagnosis from a 200 answer', () => {
    expect(readDiagnosis(200, balladAnswer())).toEqual({ kind: 'result', result: balladAnswer() });
  });

  it('reads each named 422 problem', () => {
    for (const problem of ['tooShort', 'tooLong', 'notEnoughSinging']) {
      expect(readDiagnosis(422, { status: 422, problem, detail: 'Sing more.' })).toEqual({ kind: 'problem', problem, detail: 'Sing more.' });
    }
  });

  it('reads an unnamed 422 and a 400 as a rejected recording', () => {
    expect(readDiagnosis(422, { detail: 'x' })).toMatchObject({ kind: 'problem', problem: 'rejected' });
    expect(readDiagnosis(400, { detail: 'Not a WAV file.' })).toEqual({ kind: 'problem', problem: 'rejected', detail: 'Not a WAV file.' });
  });

  it('reads 413 as too large', () => {
    expect(readDiagnosis(413, null)).toMatchObject({ kind: 'problem', problem: 'tooLarge' });
  });

  it('reads a 200 that is not a diagnosis as a bad answer', () => {
    expect(readDiagnosis(200, { label: 'ballad' })).toMatchObject({ kind: 'problem', problem: 'badAnswer' });
  });

  it('reads a server error as unreachable', () => {
    expect(readDiagnosis(503, null)).toMatchObject({ kind: 'problem', problem: 'unreachable' });
  });
});
