namespace SingKing.Grains.Echo;

/// <summary>
/// The bare-echo ceiling the live path is measured against (<c>Load:EchoHub</c>): one grain per singer, as the
/// session grain is, that only measures each chunk's level. No pitch tracking, no take files, no state, so a load run
/// through it shows what SignalR, MessagePack and one grain call per chunk cost on their own.
/// </summary>
public interface IEchoGrain : IGrainWithStringKey
{
    /// <summary>The RMS of <paramref name="pcm"/> (mono 16-bit little-endian), in full-scale units 0–1.</summary>
    Task<double> MeasureRms(byte[] pcm);
}
