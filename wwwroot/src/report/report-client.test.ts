import { describe, expect, it } from 'vitest';
import { takeIdFromPath } from './report-client';

describe('takeIdFromPath', () => {
  it('reads the take id of /report/<takeId>', () => {
    expect(takeIdFromPath('/report/3f2a9c')).toBe('3f2a9c');
    expect(takeIdFromPath('/report/3f2a9c/')).toBe('3f2a9c');
  });

  it('finds none in /report alone or a deeper path', () => {
    expect(takeIdFromPath('/report')).toBeNull();
    expect(takeIdFromPath('/report/a/b')).toBeNull();
  });
});
