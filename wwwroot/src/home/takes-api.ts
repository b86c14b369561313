import type { BoardView } from '../boards/board-client';
import { problemNotice, sendWithToken } from '../account/account-api';
import type { Notice } from '../i18n/notice';

/** One take of the signed-in singer's history (`GET /api/takes`). */
export interface TakeHistoryEntry {
  id: string;
  songId: string | null;
  songTitle: string | null;
  difficulty: string | null;
  startedAt: string;
  endedAt: string;
  durationSeconds: number;
  status: 'complete' | 'abandoned';
  totalScore: number | null;
  pitch: number | null;
  rhythm: number | null;
  lyrics: number | null;
  latencyMs: number | null;
  reportUrl: string | null;
  audioUrl: string | null;
}

/** A page of the history, newest first. */
export interface TakeHistoryPage {
  takes: TakeHistoryEntry[];
  totalCount: number;
  offset: number;
  limit: number;
}

/** One point of a progress chart (`GET /api/takes/progress`), oldest first. */
export interface ProgressPoint {
  takeId: string;
  songId: string;
  endedAt: string;
  totalScore: number;
}

/** The singer's best take of a song (`GET /api/takes/best`). */
export interface SongBest {
  songId: string;
  songTitle: string | null;
  takeId: string;
  totalScore: number;
  endedAt: string;
  takeCount: number;
}

/** One line of the week's board. */
export interface WeeklyRankEntry {
  rank: number;
  displayName: string;
  level: number;
  songId: string;
  songTitle: string | null;
  totalScore: number;
  endedAt: string;
  isMe: boolean;
}

/** The week's board as Home shows it, made from `GET /api/boards?kind=week` (see fetchWeekly). */
export interface WeeklyBoard {
  from: string;
  to: string;
  songId: string | null;
  entries: WeeklyRankEntry[];
}

/** A kept range diagnosis (`GET /api/diagnoses/range/latest`). */
export interface RangeDiagnosis {
  id: number;
  takeId: string | null;
  lowestNote: string;
  lowestHz: number;
  highestNote: string;
  highestHz: number;
  voiceType: string | null;
  measuredAt: string;
}

/** A kept timbre diagnosis (`GET /api/diagnoses/timbre/latest`). */
export interface TimbreDiagnosis {
  id: number;
  takeId: string | null;
  label: 'ballad' | 'dance' | 'rock' | 'trot';
  probabilities: Record<string, number>;
  measuredAt: string;
}

/** A read's outcome: the value, `signedOut` for a 401, or a notice to show. */
export type Read<T> = { ok: true; value: T } | { ok: false; signedOut: boolean; notice: Notice };

type Fetch = typeof fetch;

async function read<T>(path: string, fetcher: Fetch, empty?: T): Promise<Read<T>> {
  try {
    const response = await fetcher(path, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } });
    if (response.status === 204 && empty !== undefined) return { ok: true, value: empty };
    if (!response.ok) return { ok: false, signedOut: response.status === 401, notice: await problemNotice(response) };
    return { ok: true, value: (await response.json()) as T };
  } catch {
    return { ok: false, signedOut: false, notice: { key: 'account.error.network' } };
  }
}

/** A page of the signed-in singer's takes, newest first. */
export function fetchTakes(offset: number, limit: number, fetcher: Fetch = fetch): Promise<Read<TakeHistoryPage>> {
  return read(`/api/takes?offset=${offset}&limit=${limit}`, fetcher);
}

/** The singer's scores oldest first, of one song or (songId null) all. */
export function fetchProgress(songId: string | null, fetcher: Fetch = fetch): Promise<Read<ProgressPoint[]>> {
  return read(`/api/takes/progress?limit=100${songId ? `&songId=${encodeURIComponent(songId)}` : ''}`, fetcher);
}

/** The singer's best take of each song. */
export function fetchBest(fetcher: Fetch = fetch): Promise<Read<SongBest[]>> {
  return read('/api/takes/best', fetcher);
}

/**
 * The week's top <paramref>limit</paramref>, from the same board the Ranking page shows (`GET /api/boards?kind=week`):
 * only takes whose scores were re-derived from their recordings enter it.
 */
export async function fetchWeekly(limit: number, fetcher: Fetch = fetch): Promise<Read<WeeklyBoard>> {
  const board = await read<BoardView>('/api/boards?kind=week', fetcher);
  if (!board.ok) return board;
  return { ok: true, value: weeklyFromBoard(board.value, limit) };
}

/** The Home page's view of the week's board: its span and its first <paramref>limit</paramref> rows. */
export function weeklyFromBoard(board: BoardView, limit: number): WeeklyBoard {
  return {
    from: board.from ?? '',
    to: board.to ?? '',
    songId: board.songId,
    entries: board.top.slice(0, limit).map((row) => ({
      rank: row.rank,
      displayName: row.displayName,
      level: row.level,
      songId: row.songId ?? '',
      songTitle: row.songTitle,
      totalScore: row.score,
      endedAt: row.endedAt,
      isMe: row.isMe,
    })),
  };
}

/** The singer's latest range, or null when none was kept. */
export function fetchLatestRange(fetcher: Fetch = fetch): Promise<Read<RangeDiagnosis | null>> {
  return read<RangeDiagnosis | null>('/api/diagnoses/range/latest', fetcher, null);
}

/** The singer's latest timbre, or null when none was kept. */
export function fetchLatestTimbre(fetcher: Fetch = fetch): Promise<Read<TimbreDiagnosis | null>> {
  return read<TimbreDiagnosis | null>('/api/diagnoses/timbre/latest', fetcher, null);
}

/** Deletes one of the singer's takes, with a fresh antiforgery token; null when done, else a notice. */
export async function deleteTake(takeId: string, fetcher: Fetch = fetch): Promise<Notice | null> {
  try {
    const response = await sendWithToken(`/api/takes/${encodeURIComponent(takeId)}`, { method: 'DELETE' }, fetcher);
    return response.ok ? null : await problemNotice(response);
  } catch {
    return { key: 'account.error.network' };
  }
}

/** The take a karaoke take's score compares with: the one sung before it, in a song's progress (oldest first). */
export function previousTake(progress: readonly ProgressPoint[], takeId: string): ProgressPoint | null {
  const index = progress.findIndex((point) => point.takeId === takeId);
  return index > 0 ? progress[index - 1] : null;
}

/** The report page of a take (`/report/<takeId>`); a take's `reportUrl` is the API's JSON, which the page reads. */
export function reportPagePath(takeId: string): string {
  return `/report/${encodeURIComponent(takeId)}`;
}
