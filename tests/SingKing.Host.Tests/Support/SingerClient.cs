using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Host.Hubs;
using SingKing.Host.Singers;

namespace SingKing.Host.Tests.Support;

/// <summary>A singer's browser as the hub sees it: a SignalR connection carrying the singer cookie.</summary>
public sealed class SingerClient : IAsyncDisposable
{
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebSocket? _socket;
    private readonly Lock _chunksGate = new();
    private StreamedChunks? _chunks;

    private SingerClient(HubConnection connection, string singerId)
    {
        Connection = connection;
        SingerId = singerId;
        connection.Closed += error =>
        {
            _closed.TrySetResult(error);
            return Task.CompletedTask;
        };
    }

    public HubConnection Connection { get; }

    public string SingerId { get; }

    /// <summary>Completes when the connection closes, with the error that closed it.</summary>
    public Task<Exception?> Closed => _closed.Task;

    public static Task<SingerClient> ConnectAsync(HostFixture host, string singerId, bool json = false) =>
        ConnectAsync(host.Factory, singerId, json);

    public static async Task<SingerClient> ConnectAsync(SingKingHostFactory host, string singerId, bool json = false)
    {
        var server = host.Server;
        var webSockets = server.CreateWebSocketClient();
        webSockets.ConfigureRequest = request => request.Headers.Cookie = $"{SingerCookie.Name}={singerId}";
        return await ConnectAsync(new Uri(server.BaseAddress, "hubs/singing"), singerId, json, (uri, cancellationToken) => webSockets.ConnectAsync(uri, cancellationToken));
    }

    /// <summary>Connects over a real socket to a host listening at <paramref name="baseAddress"/> (Kestrel).</summary>
    public static Task<SingerClient> ConnectAsync(Uri baseAddress, string singerId) =>
        ConnectAsync(new Uri(baseAddress, "hubs/singing"), singerId, json: false, async (uri, cancellationToken) =>
        {
            var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Cookie", $"{SingerCookie.Name}={singerId}");
            await socket.ConnectAsync(uri, cancellationToken);
            return socket;
        });

    private static async Task<SingerClient> ConnectAsync(Uri hub, string singerId, bool json, Func<Uri, CancellationToken, Task<WebSocket>> connect)
    {
        SingerClient? client = null;
        var builder = new HubConnectionBuilder().WithUrl(hub, options =>
        {
            options.Transports = HttpTransportType.WebSockets;
            options.SkipNegotiation = true;
            options.WebSocketFactory = async (context, cancellationToken) =>
                client!._socket = await connect(context.Uri, cancellationToken);
        });
        if (json)
            builder.AddJsonProtocol();
        else
            builder.AddMessagePackProtocol();

        client = new SingerClient(builder.Build(), singerId);
        await client.Connection.StartAsync();
        return client;
    }

    public Task<SessionStarted> StartSessionAsync(int sampleRate = 16_000) =>
        Connection.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest { SampleRate = sampleRate });

    public Task<SessionStarted> StartSessionAsync(StartSessionRequest request) =>
        Connection.InvokeAsync<SessionStarted>("startSession", request);

    /// <summary>Sends a chunk on the connection's chunk stream, as the page does; a refusal fails the task with a <see cref="HubException"/>.</summary>
    public Task<ChunkResult> SendChunkAsync(long sequence, byte[] pcm, int sampleRate = 16_000) =>
        StreamChunkAsync(new AudioChunk { Sequence = sequence, SampleRate = sampleRate, Pcm = pcm });

    /// <summary>Sends a chunk of a take sung to a song, stamped with the song time of its first sample.</summary>
    public Task<ChunkResult> SendSongChunkAsync(long sequence, byte[] pcm, double songSeconds) =>
        StreamChunkAsync(new AudioChunk { Sequence = sequence, SampleRate = 16_000, Pcm = pcm, SongSeconds = songSeconds });

    /// <summary>Sends a chunk with the one-chunk call <c>sendChunk</c> instead of the stream.</summary>
    public Task<ChunkResult> SendChunkByCallAsync(long sequence, byte[] pcm, int sampleRate = 16_000) =>
        Connection.InvokeAsync<ChunkResult>("sendChunk", new AudioChunk { Sequence = sequence, SampleRate = sampleRate, Pcm = pcm });

    // One stream for as long as it lasts, as the page keeps one; a stream the hub or the connection ended is replaced.
    private Task<ChunkResult> StreamChunkAsync(AudioChunk chunk)
    {
        lock (_chunksGate)
        {
            if (_chunks is not { IsOpen: true })
                _chunks = StreamedChunks.Open(Connection);
            return _chunks.SendAsync(chunk);
        }
    }

    /// <summary>
    /// Cuts the connection as a failing network does: the socket is aborted, with no close handshake. (The in-process
    /// test server then reports an error to the hub; Kestrel reports nothing, as for a clean close.)
    /// </summary>
    public async Task DropAsync()
    {
        _socket!.Abort();
        await _closed.Task;
    }

    public Task<SessionResumed> ResumeSessionAsync(string takeId) =>
        Connection.InvokeAsync<SessionResumed>("resumeSession", new ResumeSessionRequest { TakeId = takeId });

    /// <summary>
    /// Carries the take on over this connection as a page does after a drop: resumes it, sends every chunk from the
    /// first one the session did not accept, and ends it.
    /// </summary>
    public async Task<(SessionResumed Resumed, SessionSummary Summary)> ResumeAndFinishAsync(string takeId, IReadOnlyList<byte[]> chunks)
    {
        var resumed = await ResumeSessionAsync(takeId);
        for (var i = (int)resumed.NextSequence; i < chunks.Count; i++)
            await SendChunkAsync(i, chunks[i]);
        return (resumed, await EndSessionAsync());
    }

    public Task<SessionSummary> EndSessionAsync() => Connection.InvokeAsync<SessionSummary>("endSession");

    public Task<RangeResult?> GetRangeAsync() => Connection.InvokeAsync<RangeResult?>("getRange");

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
