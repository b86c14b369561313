namespace SingKing.Grains.Sessions;

/// <summary>
/// The shape of the audio a live take accepts: mono 16-bit little-endian PCM at 16 kHz, at most 32 KB
/// (about 1 s) per chunk. Checked by the hub before a chunk travels to the grain, and again by the grain.
/// </summary>
public static class AudioChunkRules
{
    /// <summary>The only sample rate a live take accepts, in Hz; the browser resamples to it.</summary>
    public const int SampleRateHz = 16_000;

    /// <summary>Largest chunk, in bytes of PCM (32 768 bytes = 16 384 samples ≈ 1.02 s at 16 kHz).</summary>
    public const int MaxChunkBytes = 32 * 1024;

    /// <summary>Bytes per sample of mono 16-bit PCM.</summary>
    public const int BytesPerSample = 2;

    /// <summary>Throws the typed error for a PCM payload of <paramref name="byteCount"/> bytes that no take accepts.</summary>
    /// <exception cref="SessionException">ChunkTooLarge, EmptyChunk or OddByteCount.</exception>
    public static void ValidatePayload(int byteCount)
    {
        if (byteCount > MaxChunkBytes)
        {
            throw new SessionException(
                SessionErrorCode.ChunkTooLarge,
                $"A chunk holds at most {MaxChunkBytes} bytes of audio (got {byteCount}). Send 20–100 ms per chunk.");
        }

        if (byteCount == 0)
        {
            throw new SessionException(
                SessionErrorCode.EmptyChunk,
                "The chunk holds no audio. Send 20–100 ms of 16-bit PCM per chunk and skip empty ones.");
        }

        if (byteCount % BytesPerSample != 0)
        {
            throw new SessionException(
                SessionErrorCode.OddByteCount,
                $"A chunk holds whole 16-bit samples, so its byte count is even (got {byteCount}). Send mono 16-bit little-endian PCM.");
        }
    }

    /// <summary>Throws UnsupportedSampleRate unless <paramref name="sampleRateHz"/> is <see cref="SampleRateHz"/>.</summary>
    /// <exception cref="SessionException">UnsupportedSampleRate.</exception>
    public static void ValidateSessionSampleRate(int sampleRateHz)
    {
        if (sampleRateHz != SampleRateHz)
        {
            throw new SessionException(
                SessionErrorCode.UnsupportedSampleRate,
                $"Live takes are recorded at {SampleRateHz} Hz (got {sampleRateHz} Hz). Resample the microphone to {SampleRateHz} Hz and start again.");
        }
    }
}
