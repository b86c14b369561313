import type { SongDetails, SongSummary } from './song-types';

/** Why a song could not be loaded. */
export type SongProblem = 'notFound' | 'unreachable' | 'badAudio';

/** A failure to load the catalogue, a song or its audio. */
export class SongLoadError extends Error {
  constructor(
    readonly problem: SongProblem,
    readonly detail = '',
  ) {
    super(detail || problem);
    this.name = 'SongLoadError';
  }
}

/** The whole catalogue, ordered by title. */
export async function fetchSongs(signal?: AbortSignal): Promise<SongSummary[]> {
  const response = await get('/api/songs', signal);
  return (await response.json()) as SongSummary[];
}

/** A song's entry and chart; SongLoadError 'notFound' when there is no such song. */
export async function fetchSong(id: string, signal?: AbortSignal): Promise<SongDetails> {
  const response = await get(`/api/songs/${encodeURIComponent(id)}`, signal);
  return (await response.json()) as SongDetails;
}

/** The song's backing track, decoded into <paramref>context</paramref> (so it plays on that context's clock). */
export async function fetchBackingTrack(id: string, context: BaseAudioContext, signal?: AbortSignal): Promise<AudioBuffer> {
  const response = await get(`/api/songs/${encodeURIComponent(id)}/audio`, signal);
  const bytes = await response.arrayBuffer();
  try {
    return await context.decodeAudioData(bytes);
  } catch (error) {
    throw new SongLoadError('badAudio', error instanceof Error ? error.message : String(error));
  }
}

async function get(url: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json, audio/*' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new SongLoadError('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (response.status === 404) throw new SongLoadError('notFound', await problemDetail(response));
  if (!response.ok) throw new SongLoadError('unreachable', `${response.status} ${await problemDetail(response)}`);
  return response;
}

/** The `detail` of an RFC 7807 problem body, or the body's text. */
async function problemDetail(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const detail = (JSON.parse(text) as { detail?: unknown }).detail;
    return typeof detail === 'string' ? detail : text;
  } catch {
    return text;
  }
}
