import type { Notice } from '../i18n/notice';

/** Largest chart the server takes, in bytes (SongLibraryOptions.MaxChartBytes, 1 MiB). */
export const maxChartBytes = 1024 * 1024;

/** Largest audio file the server takes, in bytes (SongLibraryOptions.MaxAudioBytes, 30 MiB). */
export const maxAudioBytes = 30 * 1024 * 1024;

/** Audio file name endings the page accepts; the server judges the file by its first bytes. */
export const audioExtensions = ['.wav', '.mp3', '.ogg'] as const;

/** What the form knows of a chosen file. */
export interface ChosenFile {
  name: string;
  size: number;
}

/** "512 KiB", "1.5 MiB": a file size as the limits are written. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KiB`;
  const mib = bytes / (1024 * 1024);
  return `${mib >= 10 ? Math.round(mib) : Math.round(mib * 10) / 10} MiB`;
}

/**
 * What is wrong with the chosen files before anything is sent: both must be chosen, not empty, within the server's
 * limits and named as a chart (.txt) and an audio file (.wav, .mp3, .ogg). Empty when the upload may go.
 */
export function checkUpload(chart: ChosenFile | null, audio: ChosenFile | null): Notice[] {
  const problems: Notice[] = [];
  if (!chart) {
    problems.push({ key: 'upload.needChart' });
  } else if (!chart.name.toLowerCase().endsWith('.txt')) {
    problems.push({ key: 'upload.chartType' });
  } else if (chart.size === 0) {
    problems.push({ key: 'upload.emptyFile', params: { name: chart.name } });
  } else if (chart.size > maxChartBytes) {
    problems.push({ key: 'upload.chartTooLarge', params: { size: formatSize(chart.size), limit: formatSize(maxChartBytes) } });
  }
  if (!audio) {
    problems.push({ key: 'upload.needAudio' });
  } else if (!audioExtensions.some((ending) => audio.name.toLowerCase().endsWith(ending))) {
    problems.push({ key: 'upload.audioType' });
  } else if (audio.size === 0) {
    problems.push({ key: 'upload.emptyFile', params: { name: audio.name } });
  } else if (audio.size > maxAudioBytes) {
    problems.push({ key: 'upload.audioTooLarge', params: { size: formatSize(audio.size), limit: formatSize(maxAudioBytes) } });
  }
  return problems;
}

/** A chart error or warning with its 1-based line (0 for the whole file). */
export interface ChartLine {
  line: number;
  message: string;
}

/** What `POST /api/songs` answered, as the page shows it. */
export type UploadAnswer =
  | { kind: 'added'; id: string; title: string; warnings: ChartLine[] }
  | { kind: 'chartErrors'; detail: string; errors: ChartLine[] }
  | { kind: 'refused'; status: number; detail: string };

function chartLines(value: unknown): ChartLine[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { line, message } = entry as Record<string, unknown>;
    return typeof line === 'number' && typeof message === 'string' ? [{ line, message }] : [];
  });
}

/** Reads the server's answer: 201 with the catalogue entry (and warnings), 400 with the chart's errors, or a problem. */
export function readUploadAnswer(status: number, body: unknown): UploadAnswer {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const detail = typeof fields.detail === 'string' ? fields.detail : `HTTP ${status}`;
  if (status === 201 && typeof fields.id === 'string') {
    return { kind: 'added', id: fields.id, title: typeof fields.title === 'string' ? fields.title : fields.id, warnings: chartLines(fields.warnings) };
  }
  const errors = chartLines(fields.errors);
  if (status === 400 && errors.length > 0) return { kind: 'chartErrors', detail, errors };
  return { kind: 'refused', status, detail };
}

/** Where the page sends the singer to sing an uploaded song. */
export function karaokeLink(songId: string): string {
  return `/karaoke?song=${encodeURIComponent(songId)}`;
}
