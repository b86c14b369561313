using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SingKing.Host.Hubs;

namespace SingKing.Host.Tests.Support;

/// <summary>
/// One <c>streamChunks</c> stream, used as the page uses it: each chunk is written to the stream at once, in call
/// order, and its own task completes with its answer, or fails with a <see cref="HubException"/> carrying the answer's
/// error. When the stream ends, every chunk still waiting fails with what ended it.
/// </summary>
internal sealed class StreamedChunks
{
    private readonly Channel<AudioChunk> _chunks = Channel.CreateUnbounded<AudioChunk>();
    private readonly Queue<TaskCompletionSource<ChunkResult>> _waiting = new();
    private Exception? _ended;

    private StreamedChunks()
    {
    }

    /// <summary>False once the stream has ended: the next chunk needs a new one.</summary>
    public bool IsOpen
    {
        get
        {
            lock (_waiting)
                return _ended is null;
        }
    }

    public static StreamedChunks Open(HubConnection connection)
    {
        var stream = new StreamedChunks();
        _ = stream.ReadAnswersAsync(connection);
        return stream;
    }

    public Task<ChunkResult> SendAsync(AudioChunk chunk)
    {
        var answer = new TaskCompletionSource<ChunkResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiting)
        {
            if (_ended is not null)
                return Task.FromException<ChunkResult>(_ended);
            _waiting.Enqueue(answer);
            _chunks.Writer.TryWrite(chunk);
        }

        return answer.Task;
    }

    private async Task ReadAnswersAsync(HubConnection connection)
    {
        Exception ended;
        try
        {
            await foreach (var result in connection.StreamAsync<ChunkResult>("streamChunks", _chunks.Reader))
            {
                TaskCompletionSource<ChunkResult>? answer;
                lock (_waiting)
                    _waiting.TryDequeue(out answer);
                if (result.Error is { } refused)
                    answer?.TrySetException(new HubException(refused));
                else
                    answer?.TrySetResult(result);
            }

            ended = new HubException("The hub ended the chunk stream.");
        }
        catch (Exception error)
        {
            ended = error;
        }

        lock (_waiting)
        {
            _ended = ended;
            while (_waiting.TryDequeue(out var answer))
                answer.TrySetException(ended);
        }
    }
}
