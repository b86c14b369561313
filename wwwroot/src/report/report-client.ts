import type { TakeReport } from './report-contract';

/** What asking for a take's report gave. */
export type ReportAnswer =
  | { kind: 'ready'; report: TakeReport }
  /** 409: the take ended but its report is still being made. */
  | { kind: 'pending' }
  /** 404: no such take, or another singer's. */
  | { kind: 'notFound' }
  /** Anything else: the HTTP status, or 0 when the server could not be reached. */
  | { kind: 'failed'; status: number };

/** The address of a take's report. */
export function reportUrl(takeId: string): string {
  return `/api/takes/${encodeURIComponent(takeId)}/report`;
}

/** Asks the server once for the report of <paramref>takeId</paramref> (the singer cookie goes with it). */
export async function fetchReport(takeId: string, signal?: AbortSignal): Promise<ReportAnswer> {
  let response: Response;
  try {
    response = await fetch(reportUrl(takeId), { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: 'failed', status: 0 };
  }
  if (response.status === 404) return { kind: 'notFound' };
  if (response.status === 409) return { kind: 'pending' };
  if (!response.ok) return { kind: 'failed', status: response.status };
  return { kind: 'ready', report: (await response.json()) as TakeReport };
}

/** The take id of a report page's path (`/report/<takeId>`), or null when the path names none. */
export function takeIdFromPath(path: string): string | null {
  const match = /^\/report\/([^/]+)\/?$/.exec(path);
  if (!match) return null;
  try {
    const id = decodeURIComponent(match[1]);
    return id.trim() ? id : null;
  } catch {
    return null;
  }
}
