import { language } from '../i18n/i18n';

/** A date and time in the page's language, e.g. "25 Nov 2026, 19:02" or "2026. 11. 25. 오후 7:02". */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(language() === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A date in the page's language, in the browser's time zone unless <paramref>timeZone</paramref> says otherwise. */
export function formatDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language() === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** A score of the 0–10 000 scale with thousands separators. */
export function formatScore(score: number): string {
  return Math.round(score).toLocaleString(language() === 'ko' ? 'ko-KR' : 'en-GB');
}
