using Microsoft.AspNetCore.SignalR;
using SingKing.Grains.Echo;
using SingKing.Grains.Sessions;
using SingKing.Host.Singers;

namespace SingKing.Host.Hubs;

/// <summary>
/// The bare-echo hub (<c>/hubs/echo</c>, only with <c>Load:EchoHub=true</c>): the singing hub's streaming shape
/// without the product behind it. <c>streamChunks</c> (and <c>sendChunk</c>, one chunk a call) takes the same
/// <see cref="AudioChunk"/>, finds the singer the same way and makes one call per chunk to the singer's
/// <see cref="IEchoGrain"/>, which only measures the chunk's RMS. A load run through both hubs shows how much of the
/// host's capacity the pitch tracking and the take's files use.
/// </summary>
public sealed class EchoHub(IGrainFactory grains, ILogger<EchoHub> logger) : Hub
{
    /// <summary>Measures one chunk's RMS and returns it with the chunk's sequence number.</summary>
    public Task<EchoResult> SendChunk(AudioChunk? chunk) => Measure(chunk, RequireSinger()).AsTask();

    /// <summary>Measures each streamed chunk's RMS, answering in order; a refused chunk's answer carries the error.</summary>
    public IAsyncEnumerable<EchoResult> StreamChunks(IAsyncEnumerable<AudioChunk?> chunks, CancellationToken cancellationToken)
    {
        var echo = RequireSinger();
        return ChunkStreams.AnswerEach(
            chunks,
            chunk => Measure(chunk, echo),
            static (chunk, error) => new EchoResult { Sequence = chunk?.Sequence ?? -1, Error = error },
            logger,
            cancellationToken);
    }

    private static async ValueTask<EchoResult> Measure(AudioChunk? chunk, IEchoGrain echo)
    {
        var pcm = chunk?.Pcm ?? [];
        try
        {
            AudioChunkRules.ValidatePayload(pcm.Length);
        }
        catch (SessionException error)
        {
            throw new HubException($"[{error.Code}] {error.Message}");
        }

        var rms = await echo.MeasureRms(pcm);
        return new EchoResult { Sequence = chunk!.Sequence, Rms = rms };
    }

    private IEchoGrain RequireSinger()
    {
        var singerId = (Context.GetHttpContext() is { } http ? SingerIdentity.Resolve(http)?.Id : null)
            ?? throw new HubException($"[{SessionErrorCode.NoActiveSession}] This connection carries no singer id. Load the page first so the {SingerCookie.Name} cookie is set, then connect again.");
        return grains.GetGrain<IEchoGrain>(singerId);
    }
}
