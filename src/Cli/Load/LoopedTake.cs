using System.Buffers.Binary;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Resampling;

namespace SingKing.Cli.Load;

/// <summary>
/// The WAV every simulated singer sings, as the page would send it: mono, resampled to 16 kHz, 16-bit little-endian,
/// looped for as long as a run streams.
/// </summary>
internal sealed class LoopedTake
{
    /// <summary>The sample rate the page sends, in Hz.</summary>
    public const int SampleRate = 16_000;

    private readonly byte[] _pcm;

    private LoopedTake(byte[] pcm)
    {
        _pcm = pcm;
    }

    /// <summary>Length of one pass through the file, in samples at 16 kHz.</summary>
    public int Samples => _pcm.Length / 2;

    /// <summary>Reads a WAV (any rate and channel count <see cref="WavReader"/> accepts) and converts it.</summary>
    /// <exception cref="AudioFormatException">The file is not a WAV the reader accepts, or holds no audio.</exception>
    public static LoopedTake Read(Stream wav)
    {
        var samples = WavReader.ReadAll(wav, out var format);
        if (format.SampleRate != SampleRate)
        {
            var resampler = new StreamingResampler(format.SampleRate, SampleRate);
            var output = new float[resampler.MaxOutputFor(samples.Length) + resampler.FlushLength];
            var count = resampler.Process(samples, output);
            count += resampler.Flush(output.AsSpan(count));
            samples = output[..count];
        }

        if (samples.Length == 0)
            throw new AudioFormatException("The WAV file holds no audio; give one with at least a few milliseconds of sound.");
        var pcm = new byte[samples.Length * 2];
        for (var n = 0; n < samples.Length; n++)
            BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(n * 2), WavWriter.ToPcm16(samples[n]));
        return new LoopedTake(pcm);
    }

    /// <summary>Copies chunk <paramref name="index"/>, as many samples as <paramref name="chunk"/> holds, wrapping around the file's end.</summary>
    public void CopyChunk(long index, Span<byte> chunk)
    {
        var chunkSamples = chunk.Length / 2;
        var from = (int)(index * chunkSamples % Samples) * 2;
        for (var written = 0; written < chunk.Length;)
        {
            var count = Math.Min(chunk.Length - written, _pcm.Length - from);
            _pcm.AsSpan(from, count).CopyTo(chunk[written..]);
            written += count;
            from = (from + count) % _pcm.Length;
        }
    }
}
