import { describe, expect, it } from 'vitest';
import { mondayOf, recentWeeks } from './board-weeks';

describe('board weeks', () => {
  it('start a new week at Sunday 15:00 UTC, Monday midnight in Seoul', () => {
    expect(mondayOf(new Date('2026-11-29T14:59:59Z'))).toBe('2026-11-23');
    expect(mondayOf(new Date('2026-11-29T15:00:00Z'))).toBe('2026-11-30');
  });

  it('list this week first, then the weeks before it', () => {
    expect(recentWeeks(new Date('2026-11-25T12:00:00Z'), 3)).toEqual(['2026-11-23', '2026-11-16', '2026-11-09']);
  });
});
