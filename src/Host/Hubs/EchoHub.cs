using Microsoft.AspNetCore.SignalR;
using SingKing.Grains.Echo;
using SingKing.Grains.Sessions;
using SingKing.Host.Singers;

namespace SingKing.Host.Hubs;

/// <summary>
/// The bare-echo hub (<c>/hubs/echo</c>, only with <c>Load:EchoHub=true</c>): the singing hub's streaming shape
/// without the product behind it. Each <c>sendChunk</c> takes the same <see cref="AudioChunk"/>, finds the singer the
/// same way and makes one call to the singer's <see cref="IEchoGrain"/>, which only measures the chunk's RMS. A load
/// run through both hubs shows how much of the host's capacity the pitch tracking and the take's files use.
/// </summary>
public sealed class EchoHub(IGrainFactory grains) : Hub
{
    /// <summary>Measures one chunk's RMS and returns it with the chunk's sequence number.</summary>
    public async Task<EchoResult> SendChunk(AudioChunk? chunk)
    {
        var singerId = (Context.GetHttpContext() is { } http ? SingerIdentity.Resolve(http)?.Id : null)
            ?? throw new HubException($"[{SessionErrorCode.NoActiveSession}] This connection carries no singer id. Load the page first so the {SingerCookie.Name} cookie is set, then connect again.");
        var pcm = chunk?.Pcm ?? [];
        try
        {
            AudioChunkRules.ValidatePayload(pcm.Length);
        }
        catch (SessionException error)
        {
            throw new HubException($"[{error.Code}] {error.Message}");
        }

        var rms = await grains.GetGrain<IEchoGrain>(singerId).MeasureRms(pcm);
        return new EchoResult { Sequence = chunk!.Sequence, Rms = rms };
    }
}
