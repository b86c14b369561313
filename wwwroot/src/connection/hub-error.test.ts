import { describe, expect, it } from 'vitest';
import { parseHubError } from './hub-error';

describe('parseHubError', () => {
  it('strips the client prefix and the bracketed code from a hub exception', () => {
    const error = new Error(
      "An unexpected error occurred invoking 'sendChunk' on the server. HubException: [ChunkTooLarge] A chunk holds at most 32768 bytes of audio (got 40000). Send 20–100 ms per chunk.",
    );

    expect(parseHubError(error)).toEqual({
      code: 'ChunkTooLarge',
      sentence: 'A chunk holds at most 32768 bytes of audio (got 40000). Send 20–100 ms per chunk.',
    });
  });

  it('keeps brackets inside the sentence', () => {
    const error = new Error('HubException: [SampleRateMismatch] The chunk says 44100 Hz [not 16000]. Resample.');

    expect(parseHubError(error)).toEqual({ code: 'SampleRateMismatch', sentence: 'The chunk says 44100 Hz [not 16000]. Resample.' });
  });

  it('gives an uncoded error its message without the client prefix', () => {
    const error = new Error("An unexpected error occurred invoking 'startSession' on the server. HubException: Try again.");

    expect(parseHubError(error)).toEqual({ code: null, sentence: 'Try again.' });
  });
});
