import type { Notice } from '../i18n/notice';

/** What `POST /api/calibration` answered, as the page acts on it. */
export type CalibrationAnswer =
  | { kind: 'measured'; latencyMs: number; matchedClicks: number; spreadMs: number }
  | { kind: 'notMeasured'; matchedClicks: number | null; expectedClicks: number | null; detail: string }
  | { kind: 'refused'; status: number; detail: string };

/** The number of clicks in the standard track, when an answer does not say. */
const standardClicks = 8;

/** Reads the API's answer: 200 with the delay, 422 with advice and the clicks heard, anything else refused with its detail. */
export function readCalibrationAnswer(status: number, body: unknown): CalibrationAnswer {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  const detail = typeof fields.detail === 'string' ? fields.detail : `HTTP ${status}`;
  if (status === 200) {
    const latencyMs = number(fields.latencyMs);
    const matchedClicks = number(fields.matchedClicks);
    if (latencyMs !== null && matchedClicks !== null) {
      return { kind: 'measured', latencyMs, matchedClicks, spreadMs: number(fields.spreadMs) ?? 0 };
    }
    return { kind: 'refused', status, detail: 'the answer had no delay' };
  }
  if (status === 422) {
    return { kind: 'notMeasured', matchedClicks: number(fields.matchedClicks), expectedClicks: number(fields.expectedClicks), detail };
  }
  return { kind: 'refused', status, detail };
}

/**
 * The advice for an answer without a measurement, in the page's languages: the server's two cases (no click heard,
 * too few heard) are recognised by the clicks it counted; anything else shows the server's own words.
 */
export function adviceFor(answer: Exclude<CalibrationAnswer, { kind: 'measured' }>): Notice {
  if (answer.kind === 'notMeasured' && answer.matchedClicks !== null) {
    return answer.matchedClicks === 0
      ? { key: 'calibrate.noClicks' }
      : { key: 'calibrate.fewClicks', params: { heard: answer.matchedClicks, expected: answer.expectedClicks ?? standardClicks } };
  }
  return { key: 'calibrate.refused', params: { detail: answer.detail } };
}

/** Fetches the click track the API times (a WAV file). */
export async function fetchClickTrack(): Promise<ArrayBuffer> {
  const response = await fetch('/api/calibration/clicks.wav');
  if (!response.ok) throw new Error(`GET /api/calibration/clicks.wav answered ${response.status}`);
  return response.arrayBuffer();
}

/** Posts a recording made while the click track played and reads the answer. */
export async function postRecording(wav: ArrayBuffer): Promise<CalibrationAnswer> {
  const response = await fetch('/api/calibration', { method: 'POST', headers: { 'Content-Type': 'audio/wav' }, body: wav });
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page, say: the status still says what happened.
  }
  return readCalibrationAnswer(response.status, body);
}
