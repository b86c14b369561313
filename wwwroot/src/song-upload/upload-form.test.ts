import { describe, expect, it } from 'vitest';
import { checkUpload, formatSize, karaokeLink, maxAudioBytes, maxChartBytes, readUploadAnswer } from './upload-form';

const chart = { name: 'Song.TXT', size: 2000 };
const audio = { name: 'song.mp3', size: 3_000_000 };
const keys = (problems: { key: string }[]) => problems.map((p) => p.key);

describe('checkUpload', () => {
  it('lets a chart and an audio file within the limits go', () => {
    expect(checkUpload(chart, audio)).toEqual([]);
  });

  it('asks for both files when neither is chosen', () => {
    expect(keys(checkUpload(null, null))).toEqual(['upload.needChart', 'upload.needAudio']);
  });

  it('refuses a chart that is not a .txt file', () => {
    expect(keys(checkUpload({ name: 'song.mid', size: 10 }, audio))).toEqual(['upload.chartType']);
  });

  it('refuses audio that is not WAV, MP3 or OGG by name', () => {
    expect(keys(checkUpload(chart, { name: 'song.flac', size: 10 }))).toEqual(['upload.audioType']);
  });

  it('accepts the chart at exactly the limit and refuses one byte more, naming both sizes', () => {
    expect(checkUpload({ name: 'a.txt', size: maxChartBytes }, audio)).toEqual([]);
    expect(checkUpload({ name: 'a.txt', size: maxChartBytes + 1 }, audio)).toEqual([
      { key: 'upload.chartTooLarge', params: { size: '1 MiB', limit: '1 MiB' } },
    ]);
  });

  it('refuses audio over 30 MiB', () => {
    expect(checkUpload(chart, { name: 'a.wav', size: maxAudioBytes + 1 })).toEqual([
      { key: 'upload.audioTooLarge', params: { size: '30 MiB', limit: '30 MiB' } },
    ]);
  });

  it('refuses an empty file by name', () => {
    expect(checkUpload(chart, { name: 'a.ogg', size: 0 })).toEqual([{ key: 'upload.emptyFile', params: { name: 'a.ogg' } }]);
  });
});

describe('formatSize', () => {
  it('writes sizes as the limits are written', () => {
    expect(formatSize(512 * 1024)).toBe('512 KiB');
    expect(formatSize(1.5 * 1024 * 1024)).toBe('1.5 MiB');
    expect(formatSize(31 * 1024 * 1024)).toBe('31 MiB');
  });
});

describe('readUploadAnswer', () => {
  it('reads a 201 as the added song with its warnings', () => {
    const answer = readUploadAnswer(201, { id: 'hello1a2b3c4d', title: 'Hello', warnings: [{ line: 12, message: 'notes overlap', text: 'line 12: notes overlap' }] });

    expect(answer).toEqual({ kind: 'added', id: 'hello1a2b3c4d', title: 'Hello', warnings: [{ line: 12, message: 'notes overlap' }] });
  });

  it('reads a 400 with errors as the chart errors and their lines', () => {
    const answer = readUploadAnswer(400, { detail: 'The chart has 2 error(s)', errors: [{ line: 0, message: '#BPM is missing' }, { line: 7, message: 'bad pitch' }] });

    expect(answer).toEqual({ kind: 'chartErrors', detail: 'The chart has 2 error(s)', errors: [{ line: 0, message: '#BPM is missing' }, { line: 7, message: 'bad pitch' }] });
  });

  it('reads any other problem as refused with its detail', () => {
    expect(readUploadAnswer(413, { detail: 'too large' })).toEqual({ kind: 'refused', status: 413, detail: 'too large' });
  });
});

describe('karaokeLink', () => {
  it('points at the karaoke page with the song id', () => {
    expect(karaokeLink('ode to joy')).toBe('/karaoke?song=ode%20to%20joy');
  });
});
