/** The boards' API (GET /api/boards) and hub (/hubs/boards). */

import { HttpTransportType, HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';

export const boardHubPath = '/hubs/boards';

/** A connection to the boards' hub, not yet started, that reconnects by itself; its `boardChanged(key)` names a board that changed. */
export function boardHubConnection(): HubConnection {
  return new HubConnectionBuilder()
    // WebSocket straight away, without the negotiate request: behind a round-robin proxy the negotiate and the
    // socket could reach different hosts, and only the host that negotiated would know the connection.
    .withUrl(boardHubPath, { transport: HttpTransportType.WebSockets, skipNegotiation: true })
    .withHubProtocol(new MessagePackHubProtocol())
    .withAutomaticReconnect()
    .configureLogging(LogLevel.Warning)
    .build();
}

/** song: one song, all time; songWeek: one song, one week; week: every song, one week (each singer's best). */
export type BoardKind = 'song' | 'songWeek' | 'week';

export interface BoardRow {
  rank: number;
  displayName: string;
  level: number;
  /** 0–10000. */
  score: number;
  songId: string | null;
  songTitle: string | null;
  endedAt: string;
  isMe: boolean;
}

export interface BoardView {
  /** The key the hub's boardChanged names. */
  key: string;
  kind: BoardKind;
  songId: string | null;
  /** The Monday starting the week (yyyy-MM-dd, Seoul), or null for all time. */
  week: string | null;
  from: string | null;
  to: string | null;
  count: number;
  top: BoardRow[];
  me: BoardRow | null;
  around: BoardRow[];
}

/** What the pickers chose: a song (null for every song) and a week (null for all time). */
export interface BoardChoice {
  songId: string | null;
  week: string | null;
}

/** The board a choice names: every song needs a week, so "all time" without a song falls back to this week. */
export function boardQuery(choice: BoardChoice): { kind: BoardKind; songId: string | null; week: string | null } {
  if (choice.songId === null) return { kind: 'week', songId: null, week: choice.week };
  return choice.week === null ? { kind: 'song', songId: choice.songId, week: null } : { kind: 'songWeek', songId: choice.songId, week: choice.week };
}

export function boardUrl(choice: BoardChoice): string {
  const query = boardQuery(choice);
  const params = new URLSearchParams({ kind: query.kind });
  if (query.songId !== null) params.set('songId', query.songId);
  if (query.week !== null) params.set('week', query.week);
  return `/api/boards?${params.toString()}`;
}

export async function fetchBoard(choice: BoardChoice, signal?: AbortSignal): Promise<BoardView> {
  const response = await fetch(boardUrl(choice), { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${boardUrl(choice)}: ${response.status}`);
  return (await response.json()) as BoardView;
}
