import type { MessageKey } from '../i18n/dictionaries';
import type { Notice } from '../i18n/notice';
import type { Advice, AdviceCode } from './report-contract';

/**
 * How each advice code's sentence quotes its measured values: placeholder → the value names the server may send for
 * it (the first present wins) and how it is rounded for a singer. A code whose values are missing is worded without
 * numbers rather than with a blank.
 */
type Placeholder = { names: readonly string[]; format: (value: number) => number | string };

// The names are those src/Dsp/Reports/CoachAdvice.cs sends.
const cents: Placeholder = { names: ['cents'], format: (v) => Math.round(Math.abs(v)) };
const ms: Placeholder = { names: ['ms'], format: (v) => Math.round(Math.abs(v) / 10) * 10 };
const hz: Placeholder = { names: ['hz'], format: (v) => v.toFixed(1) };
const percent: Placeholder = { names: ['percent'], format: (v) => Math.round(Math.min(100, Math.max(0, v))) };
const count: Placeholder = { names: ['count'], format: (v) => Math.round(v) };

/** Every advice code, with the placeholders its sentence uses (in the dictionaries as `report.advice.<code>`). */
export const adviceWording: Readonly<Record<AdviceCode, Readonly<Record<string, Placeholder>>>> = {
  flatOverall: { cents },
  sharpOverall: { cents },
  flatOnLongNotes: { cents },
  sharpOnLongNotes: { cents },
  unsteadyLongNotes: { cents },
  lateEntries: { ms },
  earlyEntries: { ms },
  cutsNotesShort: { ms },
  scoops: { percent, cents },
  vibratoFastNarrow: { hz, cents },
  vibratoSlowWide: { hz, cents },
  noVibrato: {},
  unclearArticulation: { percent },
  missedLines: { count },
  wellDone: {},
};

/** Every advice code the contract names. */
export const adviceCodes = Object.keys(adviceWording) as AdviceCode[];

/**
 * The sentence for one piece of advice, as a key and its filled-in values: `report.advice.<code>` with every value it
 * quotes, else `report.advice.<code>Plain` without numbers. Null for a code this page does not know (a newer server):
 * such advice is left out rather than shown as a raw code.
 */
export function adviceNotice(advice: Advice): Notice | null {
  const wording = adviceWording[advice.code];
  if (!wording) return null;
  const params: Record<string, string | number> = {};
  for (const [placeholder, spec] of Object.entries(wording)) {
    const name = spec.names.find((n) => typeof advice.values?.[n] === 'number' && Number.isFinite(advice.values[n]));
    if (name === undefined) {
      return { key: `report.advice.${advice.code}Plain` as MessageKey };
    }
    params[placeholder] = spec.format(advice.values[name]);
  }
  return Object.keys(params).length === 0
    ? { key: `report.advice.${advice.code}` as MessageKey }
    : { key: `report.advice.${advice.code}` as MessageKey, params };
}
