using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace SingKing.Cli.Load;

/// <summary>
/// One SignalR connection as the page's client makes it: negotiate over HTTP with the singer's cookies, open the
/// WebSocket with the connection token, shake hands for MessagePack, then exchange binary hub messages. Chunks are
/// sent by the caller on its own schedule (<see cref="TrySend"/>) as items of the stream it opened with
/// <see cref="StartCallAsync"/>; every answer to a chunk, an item of the host's stream, goes to the callback given at
/// connect, on the receiving thread. Other calls (<see cref="InvokeAsync"/>) are awaited.
/// </summary>
/// <remarks>
/// A WebSocket allows one send at a time: every send starts through <see cref="TrySend"/>, which refuses while another
/// is still being handed to the operating system. Like the page's client, the connection sends a ping when it has
/// sent nothing for a while, so the host does not drop a singer who is between takes.
/// </remarks>
internal sealed class HubSocket : IAsyncDisposable
{
    private const int MaxMessageBytes = 1 << 20;

    /// <summary>How long a connection may send nothing before it pings: the page's client's 15 s.</summary>
    public static readonly TimeSpan DefaultKeepAlive = TimeSpan.FromSeconds(15);

    private readonly ClientWebSocket _socket;
    private readonly Action<HubReply> _onChunkAnswer;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<HubReply>> _calls = new();
    private byte[] _received = new byte[4096];
    private int _receivedCount;
    private Task _receiving = Task.CompletedTask;
    private readonly Lock _sendGate = new();
    private readonly TimeSpan _keepAlive;
    private volatile bool _sending;
    private volatile Exception? _sendFailure;
    private long _lastSentMs = Environment.TickCount64;
    private int _pingsSent;
    private ITimer? _pinging;

    private HubSocket(ClientWebSocket socket, Action<HubReply> onChunkAnswer, TimeSpan keepAlive)
    {
        _socket = socket;
        _onChunkAnswer = onChunkAnswer;
        _keepAlive = keepAlive;
    }

    /// <summary>Completes when the connection ends; faulted when it broke rather than being closed.</summary>
    public Task Receiving => _receiving;

    /// <summary>Keep-alive pings sent so far.</summary>
    public int PingsSent => _pingsSent;

    /// <summary>Negotiates, connects and shakes hands; answers to chunks (the host's stream items) go to <paramref name="onChunkAnswer"/>.</summary>
    /// <exception cref="LoadRefusedException">The host refused the negotiation or the handshake.</exception>
    public static async Task<HubSocket> ConnectAsync(
        HttpClient http, Uri hub, CookieContainer cookies, Action<HubReply> onChunkAnswer, CancellationToken cancellationToken, TimeSpan? keepAlive = null)
    {
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, new Uri(hub, hub.AbsolutePath.TrimEnd('/') + "/negotiate?negotiateVersion=1"));
        negotiate.Headers.Add("Cookie", cookies.GetCookieHeader(hub));
        using var negotiated = await http.SendAsync(negotiate, cancellationToken);
        if (!negotiated.IsSuccessStatusCode)
            throw new LoadRefusedException($"HTTP {(int)negotiated.StatusCode}", $"negotiate answered HTTP {(int)negotiated.StatusCode}.");
        var token = (await negotiated.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("connectionToken").GetString();

        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        var connection = new HubSocket(socket, onChunkAnswer, keepAlive ?? DefaultKeepAlive);
        try
        {
            var address = new UriBuilder(hub) { Scheme = hub.Scheme == Uri.UriSchemeHttps ? "wss" : "ws", Query = "id=" + Uri.EscapeDataString(token ?? "") };
            await socket.ConnectAsync(address.Uri, cancellationToken);
            await socket.SendAsync(HubWire.Handshake.ToArray(), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            await connection.ReadHandshakeAsync(cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        connection._receiving = connection.ReceiveAsync();
        var check = connection._keepAlive / 2;
        connection._pinging = TimeProvider.System.CreateTimer(_ => connection.PingIfIdle(), null, check, check);
        return connection;
    }

    /// <summary>
    /// Starts sending one whole message, unless another send is still being handed to the operating system (then it
    /// returns false and sends nothing). A send the operating system cannot take at once finishes in the background;
    /// if it fails, the failure goes to <paramref name="onFailed"/> and every later send throws.
    /// </summary>
    /// <exception cref="WebSocketException">An earlier send failed: nothing more goes out on this connection.</exception>
    public bool TrySend(ReadOnlyMemory<byte> message, Action<Exception> onFailed)
    {
        lock (_sendGate)
        {
            if (_sendFailure is { } failure)
                throw new WebSocketException(WebSocketError.InvalidState, "An earlier send on this connection failed.", failure);
            if (_sending)
                return false;
            _lastSentMs = Environment.TickCount64;
            // No cancellation token: registering one per message costs more than the send; closing ends what is pending.
            var send = _socket.SendAsync(message, WebSocketMessageType.Binary, endOfMessage: true, CancellationToken.None);
            if (send.IsCompletedSuccessfully)
            {
                send.GetAwaiter().GetResult();
                return true;
            }

            _sending = true;
            _ = FinishSendAsync(send, onFailed);
            return true;
        }
    }

    /// <summary>
    /// Sends the invocation <paramref name="write"/> puts together (with a negative invocation id) and waits for its
    /// completion.
    /// </summary>
    public async Task<HubReply> InvokeAsync(Func<HubMessageBuffer, (int InvocationId, ReadOnlyMemory<byte> Message)> write, CancellationToken cancellationToken)
    {
        var completion = await StartCallAsync(write, cancellationToken);
        return await completion.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Sends the invocation or stream invocation <paramref name="write"/> puts together (with a negative invocation id)
    /// and returns once it is on its way, with what completes when the host completes the call: for a stream, when it
    /// ends its stream. It fails if the connection ends first.
    /// </summary>
    public async Task<Task<HubReply>> StartCallAsync(Func<HubMessageBuffer, (int InvocationId, ReadOnlyMemory<byte> Message)> write, CancellationToken cancellationToken)
    {
        var (id, message) = write(new HubMessageBuffer());
        ArgumentOutOfRangeException.ThrowIfNotEqual(id < 0, true, "invocationId");
        var completion = new TaskCompletionSource<HubReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[id] = completion;
        await SendInTurnAsync(message, error => completion.TrySetException(error), cancellationToken);
        return completion.Task;
    }

    /// <summary>
    /// Sends the message <paramref name="write"/> puts together, one the host does not answer (such as the end of a
    /// client stream), as soon as the connection can take it. A send that fails in the background goes to
    /// <paramref name="onFailed"/>, as with <see cref="TrySend"/>.
    /// </summary>
    public Task SendAsync(Func<HubMessageBuffer, ReadOnlyMemory<byte>> write, Action<Exception> onFailed, CancellationToken cancellationToken) =>
        SendInTurnAsync(write(new HubMessageBuffer()), onFailed, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_pinging is not null)
            await _pinging.DisposeAsync();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException)
            {
                // The host went first; nothing is left to say.
            }
        }

        // The host answers the close with its own, which ends the receiving; a host that does not is cut off.
        try
        {
            await _receiving.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            _socket.Abort();
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException or InvalidDataException)
        {
            // Counted by the singer when it happened.
        }

        _socket.Dispose();
    }

    // A send in flight or a recent one keeps the connection alive; a broken socket is the receiving side's to report.
    private void PingIfIdle()
    {
        if (Environment.TickCount64 - Volatile.Read(ref _lastSentMs) < _keepAlive.TotalMilliseconds || _socket.State != WebSocketState.Open)
            return;
        try
        {
            if (TrySend(HubWire.Ping, static _ => { }))
                Interlocked.Increment(ref _pingsSent);
        }
        catch (Exception error) when (error is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection is closing.
        }
    }

    // Calls wait their turn behind a chunk or a ping still going out; they are rare, so a millisecond's poll is enough.
    private async Task SendInTurnAsync(ReadOnlyMemory<byte> message, Action<Exception> onFailed, CancellationToken cancellationToken)
    {
        while (!TrySend(message, onFailed))
            await Task.Delay(1, cancellationToken);
    }

    private async Task FinishSendAsync(ValueTask send, Action<Exception> onFailed)
    {
        try
        {
            await send;
        }
        catch (Exception error)
        {
            _sendFailure = error;
            onFailed(error);
            return;
        }

        _sending = false;
    }

    private async Task ReadHandshakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var end = Array.IndexOf(_received, HubWire.RecordSeparator, 0, _receivedCount);
            if (end >= 0)
            {
                using var answer = JsonDocument.Parse(_received.AsMemory(0, end));
                if (answer.RootElement.TryGetProperty("error", out var error))
                    throw new LoadRefusedException("handshake", "The hub refused the handshake: " + error.GetString());
                Consume(end + 1);
                return;
            }

            await ReceiveSomeAsync(cancellationToken);
        }
    }

    private async Task ReceiveAsync()
    {
        try
        {
            while (true)
            {
                var consumed = 0;
                while (HubWire.TryRead(_received.AsMemory(consumed, _receivedCount - consumed), out var reply, out var used))
                {
                    consumed += used;
                    Dispatch(reply);
                }

                Consume(consumed);
                if (!await ReceiveSomeAsync(CancellationToken.None))
                    break;
            }
        }
        finally
        {
            foreach (var call in _calls.Values)
                call.TrySetException(new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The connection ended before the call was answered."));
        }
    }

    private void Dispatch(HubReply reply)
    {
        switch (reply)
        {
            case { Kind: HubReplyKind.StreamItem }:
                _onChunkAnswer(reply);
                break;
            case { Kind: HubReplyKind.Completion, InvocationId: { } id }:
                if (_calls.TryRemove(id, out var call))
                    call.TrySetResult(reply);
                break;
            case { Kind: HubReplyKind.Close }:
                throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The host closed the connection: " + (reply.Error ?? "no reason given"));
        }
    }

    // Appends what arrives to the bytes not yet read; false once the host has closed the connection.
    private async Task<bool> ReceiveSomeAsync(CancellationToken cancellationToken)
    {
        if (_receivedCount == _received.Length)
        {
            if (_received.Length >= MaxMessageBytes)
                throw new InvalidDataException($"A hub message is larger than {MaxMessageBytes} bytes.");
            Array.Resize(ref _received, _received.Length * 2);
        }

        var result = await _socket.ReceiveAsync(_received.AsMemory(_receivedCount), cancellationToken);
        if (result.MessageType == WebSocketMessageType.Close)
            return false;
        _receivedCount += result.Count;
        return true;
    }

    private void Consume(int count)
    {
        if (count == 0)
            return;
        _received.AsSpan(count, _receivedCount - count).CopyTo(_received);
        _receivedCount -= count;
    }
}
