using System.Buffers.Binary;
using Orleans.Placement;

namespace SingKing.Grains.Echo;

/// <summary>
/// Computes a chunk's RMS and nothing else. Placed beside its caller like <see cref="Sessions.SingerSessionGrain"/>,
/// so the ceiling pays the same local grain call the product does.
/// </summary>
[PreferLocalPlacement]
public sealed class EchoGrain : Grain, IEchoGrain
{
    /// <inheritdoc />
    public Task<double> MeasureRms(byte[] pcm) => Task.FromResult(Rms(pcm));

    /// <summary>RMS of mono 16-bit little-endian PCM in full-scale units (a full-scale square wave is 1); 0 when empty.</summary>
    public static double Rms(ReadOnlySpan<byte> pcm)
    {
        var samples = pcm.Length / 2;
        if (samples == 0)
            return 0;
        double sum = 0;
        for (var i = 0; i < samples; i++)
        {
            double sample = BinaryPrimitives.ReadInt16LittleEndian(pcm[(i * 2)..]) / 32768.0;
            sum += sample * sample;
        }

        return Math.Sqrt(sum / samples);
    }
}
