using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Host.Boards;

namespace SingKing.Host.Tests.Boards;

/// <summary>A page watching boards over <c>/hubs/boards</c>: every <c>boardChanged</c> it is told lands in <see cref="Changes"/>.</summary>
public sealed class BoardWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();

    private BoardWatcher(HubConnection connection)
    {
        _connection = connection;
        _connection.On<string>(BoardHub.ChangedMethod, key => _changes.Writer.TryWrite(key));
    }

    public ChannelReader<string> Changes => _changes.Reader;

    public static async Task<BoardWatcher> ConnectAsync(WebApplicationFactory<Program> factory)
    {
        var server = factory.Server;
        var webSockets = server.CreateWebSocketClient();
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, BoardExtensions.HubPath.TrimStart('/')), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) => await webSockets.ConnectAsync(context.Uri, cancellationToken);
            })
            .AddMessagePackProtocol()
            .Build();
        var watcher = new BoardWatcher(connection);
        await connection.StartAsync();
        return watcher;
    }

    public Task<string> WatchAsync(string kind, string? songId, string? week = null) =>
        _connection.InvokeAsync<string>("watch", kind, songId, week);

    /// <summary>The next change told, or a failure naming the board awaited.</summary>
    public async Task<string> NextChangeAsync(string awaited, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var key = await _changes.Reader.ReadAsync(cancel.Token);
                if (key == awaited)
                    return key;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No boardChanged for {awaited} within {timeout.TotalSeconds} s.");
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
