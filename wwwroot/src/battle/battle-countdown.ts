/** The battle's countdown: what is left of the week, on the server's clock. */

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/** Days, hours, minutes and seconds left; all 0 once the end has passed. */
export interface TimeLeft {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  over: boolean;
}

/**
 * What is left until <end> at the device time <deviceNow>, corrected by <clockSkewMs> (the server's clock minus the
 * device's when the battle was read), so a phone whose clock is off still counts down to the server's deadline.
 */
export function timeLeft(end: string, deviceNow: number, clockSkewMs: number): TimeLeft {
  const left = Math.max(0, Date.parse(end) - (deviceNow + clockSkewMs));
  // Rounded up to whole seconds, so the count reads 0 only when the week has ended.
  const total = Math.ceil(left / second) * second;
  return {
    days: Math.floor(total / day),
    hours: Math.floor((total % day) / hour),
    minutes: Math.floor((total % hour) / minute),
    seconds: Math.floor((total % minute) / second),
    over: left === 0,
  };
}

/** The server's clock minus the device's, from the server time an answer carried and when the device received it. */
export function clockSkew(serverTime: string, receivedAt: number): number {
  return Date.parse(serverTime) - receivedAt;
}

/** The Monday of the week after <monday> (both yyyy-MM-dd). */
export function nextMonday(monday: string): string {
  return new Date(Date.parse(`${monday}T00:00:00Z`) + 7 * day).toISOString().slice(0, 10);
}
