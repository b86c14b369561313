using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.SignalR;

namespace SingKing.Host.Hubs;

/// <summary>The shape both hubs' <c>streamChunks</c> share, so the bare echo measures the same streaming as the product.</summary>
internal static partial class ChunkStreams
{
    /// <summary>What a chunk's answer says when processing it failed in a way the hub did not foresee.</summary>
    public const string UnexpectedError = "The server could not process this chunk. Keep it and send it again after resuming the take.";

    /// <summary>
    /// Answers each chunk of <paramref name="chunks"/>, in order, with what <paramref name="answer"/> returns for it. A
    /// chunk the hub refuses (<paramref name="answer"/> throws a <see cref="HubException"/>) is answered with
    /// <paramref name="refusal"/> of the chunk and the exception's "[Code] sentence"; a chunk whose processing failed
    /// otherwise is logged and answered with <see cref="UnexpectedError"/>. Either way only that chunk fails, as with a
    /// call per chunk, and the stream goes on.
    /// </summary>
    public static async IAsyncEnumerable<T> AnswerEach<T>(
        IAsyncEnumerable<AudioChunk?> chunks,
        Func<AudioChunk?, ValueTask<T>> answer,
        Func<AudioChunk?, string, T> refusal,
        ILogger logger,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var chunk in chunks.WithCancellation(cancellationToken))
        {
            T result;
            try
            {
                result = await answer(chunk);
            }
            catch (HubException refused)
            {
                result = refusal(chunk, refused.Message);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                LogChunkFailed(logger, error, chunk?.Sequence);
                result = refusal(chunk, UnexpectedError);
            }

            yield return result;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Chunk {Sequence} of a stream could not be processed; the client was told to keep it")]
    private static partial void LogChunkFailed(ILogger logger, Exception exception, long? sequence);
}
