import { describe, expect, it } from 'vitest';
import { clockSkew, nextMonday, timeLeft } from './battle-countdown';

describe('battle countdown', () => {
  const end = '2026-12-13T15:00:00Z'; // Monday 00:00 in Seoul

  it('splits what is left into days, hours, minutes and seconds', () => {
    const now = Date.parse('2026-12-11T12:29:30Z');
    expect(timeLeft(end, now, 0)).toEqual({ days: 2, hours: 2, minutes: 30, seconds: 30, over: false });
  });

  it('counts on the server clock when the device clock is off', () => {
    const deviceNow = Date.parse('2026-12-13T14:00:00Z');
    const skew = clockSkew('2026-12-13T14:59:50Z', deviceNow);
    expect(timeLeft(end, deviceNow, skew)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 10, over: false });
  });

  it('reads zero only once the week has ended', () => {
    expect(timeLeft(end, Date.parse(end) - 1, 0).seconds).toBe(1);
    expect(timeLeft(end, Date.parse(end), 0)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0, over: true });
    expect(timeLeft(end, Date.parse(end) + 5000, 0).over).toBe(true);
  });

  it('finds the next week, across a month', () => {
    expect(nextMonday('2026-12-28')).toBe('2027-01-04');
  });
});
