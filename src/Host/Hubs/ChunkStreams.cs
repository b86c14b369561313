using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.SignalR;

namespace SingKing.Host.Hubs;

/// <summary>The shape both hubs' <c>streamChunks</c> share, so the bare echo measures the same streaming as the product.</summary>
internal static class ChunkStreams
{
    /// <summary>
    /// Answers each chunk of <paramref name="chunks"/>, in order, with what <paramref name="answer"/> returns for it. A
    /// chunk the hub refuses (<paramref name="answer"/> throws a <see cref="HubException"/>) is answered with
    /// <paramref name="refusal"/> of the chunk and the exception's "[Code] sentence", and the stream goes on.
    /// </summary>
    public static async IAsyncEnumerable<T> AnswerEach<T>(
        IAsyncEnumerable<AudioChunk?> chunks,
        Func<AudioChunk?, ValueTask<T>> answer,
        Func<AudioChunk?, string, T> refusal,
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

            yield return result;
        }
    }
}
