import { parseModelInfo, parseTimbreResult, type TimbreModelInfo, type TimbreResult } from './timbre-contract';

/** The singer's range as MIDI notes, sent so that songs outside it rank lower. */
export interface MidiRange {
  lowestMidi: number;
  highestMidi: number;
}

/**
 * Why a recording was not diagnosed: the three the API names (422), one too large (413), one the server could not
 * read (400), an answer the page could not read, or no answer at all.
 */
export type DiagnosisProblem = 'tooShort' | 'tooLong' | 'notEnoughSinging' | 'tooLarge' | 'rejected' | 'badAnswer' | 'unreachable';

/** What POST /api/timbre came to. */
export type DiagnosisOutcome = { kind: 'result'; result: TimbreResult } | { kind: 'problem'; problem: DiagnosisProblem; detail: string };

const namedProblems: readonly DiagnosisProblem[] = ['tooShort', 'tooLong', 'notEnoughSinging'];

/** The address to post a recording to, with the range when there is one. */
export function diagnosisUrl(range: MidiRange | null): string {
  if (!range) return '/api/timbre';
  const query = new URLSearchParams({ lowestMidi: String(range.lowestMidi), highestMidi: String(range.highestMidi) });
  return `/api/timbre?${query}`;
}

/** Reads an answer of POST /api/timbre: its status and its parsed JSON body (null when it had none or not JSON). */
export function readDiagnosis(status: number, body: unknown): DiagnosisOutcome {
  const detail = typeof body === 'object' && body !== null && typeof (body as { detail?: unknown }).detail === 'string' ? (body as { detail: string }).detail : '';
  if (status >= 200 && status < 300) {
    const result = parseTimbreResult(body);
    return result ? { kind: 'result', result } : { kind: 'problem', problem: 'badAnswer', detail: 'The answer was not a timbre diagnosis.' };
  }
  if (status === 413) return { kind: 'problem', problem: 'tooLarge', detail };
  if (status === 422) {
    const named = (body as { problem?: unknown } | null)?.problem;
    const problem = namedProblems.find((p) => p === named);
    return { kind: 'problem', problem: problem ?? 'rejected', detail };
  }
  if (status === 400) return { kind: 'problem', problem: 'rejected', detail };
  return { kind: 'problem', problem: 'unreachable', detail: detail || `HTTP ${status}` };
}

/** Posts a WAV recording for diagnosis. Never throws for a refused recording or a lost server: the outcome says so. */
export async function diagnose(wav: ArrayBuffer, range: MidiRange | null, signal?: AbortSignal): Promise<DiagnosisOutcome> {
  let response: Response;
  try {
    response = await fetch(diagnosisUrl(range), { method: 'POST', body: wav, headers: { 'Content-Type': 'audio/wav' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: 'problem', problem: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page or an empty body: the status alone decides.
  }
  return readDiagnosis(response.status, body);
}

/** What the serving model is, or null when the server cannot say (the page then speaks of it in general terms). */
export async function fetchModelInfo(signal?: AbortSignal): Promise<TimbreModelInfo | null> {
  try {
    const response = await fetch('/api/timbre/model', { signal });
    if (!response.ok) return null;
    return parseModelInfo(await response.json());
  } catch {
    return null;
  }
}
