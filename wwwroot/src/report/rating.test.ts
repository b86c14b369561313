import { describe, expect, it } from 'vitest';
import { lineRatingOf, lineScore, passesPractice, ratingOf } from './rating';

describe('ratingOf', () => {
  it.each([
    [0, 'toneDeaf'],
    [2009, 'toneDeaf'],
    [2010, 'amateur'],
    [4009, 'amateur'],
    [4010, 'wannabe'],
    [5010, 'hopeful'],
    [6010, 'risingStar'],
    [7009, 'risingStar'],
    [7010, 'leadSinger'],
    [8009, 'leadSinger'],
    [8010, 'superstar'],
    [9009, 'superstar'],
    [9010, 'ultrastar'],
    [10000, 'ultrastar'],
  ])('labels a total of %i as %s, as the server does', (total, label) => {
    expect(ratingOf(total)).toBe(label);
  });
});

describe('lineScore', () => {
  const notes = [
    { startSeconds: 0, endSeconds: 1, type: 'normal' },
    { startSeconds: 1, endSeconds: 2, type: 'golden' },
    { startSeconds: 2, endSeconds: 5, type: 'freestyle' },
  ];

  it('weighs a golden note twice and leaves freestyle out', () => {
    const hits = [1, 0, 1];

    expect(lineScore(notes, (i) => hits[i])).toBeCloseTo(100 / 3, 6);
  });

  it('is 100 when every scored note is hit in full', () => {
    expect(lineScore(notes, () => 1)).toBe(100);
  });

  it('is null for a line of freestyle notes only', () => {
    expect(lineScore([notes[2]], () => 1)).toBeNull();
  });
});

describe('practice pass', () => {
  it('passes from a line score of 80, where the hub rates a line great', () => {
    expect(lineRatingOf(79.9)).toBe('good');
    expect(lineRatingOf(80)).toBe('great');
    expect(lineRatingOf(95)).toBe('perfect');
    expect(passesPractice(lineRatingOf(80))).toBe(true);
    expect(passesPractice(lineRatingOf(79.9))).toBe(false);
  });

  it('rates below 40 a miss and from 40 ok', () => {
    expect(lineRatingOf(39)).toBe('miss');
    expect(lineRatingOf(40)).toBe('ok');
  });
});
