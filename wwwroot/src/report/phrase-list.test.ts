import { describe, expect, it } from 'vitest';
import { phrasesInOrder, practiceSpan, sectionsToPractise, trend } from './phrase-list';
import type { ReportNote, ReportPhrase } from './report-contract';

function phrase(index: number, startSeconds: number, score: number, needsPractice: boolean): ReportPhrase {
  return {
    index,
    startSeconds,
    endSeconds: startSeconds + 4,
    lyrics: `line ${index}`,
    score,
    rating: 'good',
    pitch: null,
    rhythm: null,
    lyricDelivery: null,
    meanOnsetDeviationMs: null,
    meanCentsError: null,
    faults: [],
    needsPractice,
  };
}

function note(index: number, phraseIndex: number, startSeconds: number, endSeconds: number): ReportNote {
  return {
    index,
    phrase: phraseIndex,
    startSeconds,
    endSeconds,
    midi: 60,
    type: 'normal',
    text: 'la',
    sung: true,
    sungStartSeconds: null,
    sungEndSeconds: null,
    onsetDeviationMs: null,
    endDeviationMs: null,
    meanCentsError: null,
    credit: 1,
  };
}

describe('phrasesInOrder', () => {
  it('orders lines by when they are sung', () => {
    const lines = [phrase(2, 9, 50, false), phrase(0, 1, 90, false), phrase(1, 5, 30, true)];

    expect(phrasesInOrder(lines).map((p) => p.index)).toEqual([0, 1, 2]);
  });
});

describe('sectionsToPractise', () => {
  it('lists only the lines marked for practice, weakest first', () => {
    const lines = [phrase(0, 1, 90, false), phrase(1, 5, 62, true), phrase(2, 9, 20, true), phrase(3, 13, 75, false)];

    expect(sectionsToPractise(lines).map((p) => p.index)).toEqual([2, 1]);
  });

  it('keeps song order between lines of the same score', () => {
    const lines = [phrase(4, 17, 40, true), phrase(1, 5, 40, true)];

    expect(sectionsToPractise(lines).map((p) => p.index)).toEqual([1, 4]);
  });

  it('is empty when no line needs practice', () => {
    expect(sectionsToPractise([phrase(0, 1, 90, false)])).toEqual([]);
  });
});

describe('practiceSpan', () => {
  const notes = [note(0, 0, 1.5, 2.85), note(1, 1, 7.2, 7.65), note(2, 1, 7.8, 8.9), note(3, 2, 12, 13)];

  it('starts two seconds before the line’s first note and ends half a second after its last', () => {
    const span = practiceSpan(phrase(1, 7.2, 40, true), notes);

    expect(span.startSeconds).toBeCloseTo(5.2, 9);
    expect(span.endSeconds).toBeCloseTo(9.4, 9);
    expect(span.leadSeconds).toBeCloseTo(2, 9);
  });

  it('never starts before the song does', () => {
    const span = practiceSpan(phrase(0, 1.5, 40, true), notes);

    expect(span.startSeconds).toBe(0);
    expect(span.leadSeconds).toBeCloseTo(1.5, 9);
  });
});

describe('trend', () => {
  it('says up, down or same against the previous take', () => {
    expect(trend(0.8, 0.7)).toBe('up');
    expect(trend(0.6, 0.7)).toBe('down');
    expect(trend(0.7, 0.7)).toBe('same');
  });
});
