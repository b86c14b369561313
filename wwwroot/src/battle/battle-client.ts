/** The weekly battle's API (`/api/battles`). A battle's board is its song's board of the week (`/api/boards`). */

import { problemNotice, sendWithToken } from '../account/account-api';
import type { MessageKey } from '../i18n/dictionaries';
import type { Notice } from '../i18n/notice';
import type { BoardView } from '../boards/board-client';

/** One of this week's battles. */
export interface BattleSong {
  slot: number;
  songId: string;
  title: string | null;
  artist: string | null;
  /** The song's board of the week: the first 10 and the caller's row. */
  board: BoardView;
}

/** This week's battle (`GET /api/battles/current`). */
export interface CurrentBattle {
  /** The Monday that starts the week (yyyy-MM-dd, Seoul). */
  week: string;
  from: string;
  /** When the week ends: the countdown's target. */
  to: string;
  /** The server's clock when it answered. */
  serverTime: string;
  isAdmin: boolean;
  songs: BattleSong[];
}

/** A battle's fixed winner. */
export interface BattleWinner {
  displayName: string;
  score: number;
  endedAt: string;
}

/** One battle of a week as the history shows it. */
export interface BattleOutcome {
  slot: number;
  songId: string;
  title: string | null;
  artist: string | null;
  /** Whether the result is fixed; a closed battle without a winner had no entries. */
  closed: boolean;
  winner: BattleWinner | null;
}

/** A week's battles (`GET /api/battles/{week}`, and each week of the history). */
export interface BattleWeek {
  week: string;
  from: string;
  to: string;
  battles: BattleOutcome[];
}

/** A page of past weeks, newest first (`GET /api/battles/history`). */
export interface BattleHistory {
  weeks: BattleWeek[];
  totalCount: number;
  offset: number;
  limit: number;
}

const choiceErrors = new Set(['needThreeSongs', 'duplicateSong', 'unknownSong', 'pastWeek', 'weekClosed', 'badWeek']);

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export function fetchCurrentBattle(signal?: AbortSignal): Promise<CurrentBattle> {
  return getJson('/api/battles/current', signal);
}

export function fetchBattleHistory(offset: number, limit: number, signal?: AbortSignal): Promise<BattleHistory> {
  return getJson(`/api/battles/history?offset=${offset}&limit=${limit}`, signal);
}

/** A week's songs, for the admin's form. */
export function fetchBattleWeek(week: string, signal?: AbortSignal): Promise<BattleWeek> {
  return getJson(`/api/battles/${encodeURIComponent(week)}`, signal);
}

/** Chooses a week's three songs (admins only), with a fresh antiforgery token; null when done, else a notice. */
export async function chooseBattleSongs(week: string, songIds: string[], fetcher: typeof fetch = fetch): Promise<Notice | null> {
  try {
    const response = await sendWithToken(`/api/battles/${encodeURIComponent(week)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ songIds }),
    }, fetcher);
    if (response.ok) return null;
    const code = await response.clone().json().then((p: { code?: string }) => p.code, () => undefined);
    if (code && choiceErrors.has(code)) return { key: `battle.error.${code}` as MessageKey };
    if (response.status === 403) return { key: 'battle.error.notAdmin' };
    return await problemNotice(response);
  } catch {
    return { key: 'account.error.network' };
  }
}
