using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace SingKing.Browser.Tests;

/// <summary>
/// A TCP relay on loopback between the browser and the host, standing in for the network (or a proxy) between a singer
/// and the server: <see cref="CutEverything"/> resets every connection through it at once, with no WebSocket close
/// handshake on either side, as a lost network or a restarted proxy does. New connections are relayed as before.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Socket, byte> _sockets = new();
    private readonly Task _accepting;

    /// <summary>Relays every connection made to <see cref="Address"/> to <paramref name="target"/>.</summary>
    public TcpRelay(Uri target)
    {
        _target = new IPEndPoint(IPAddress.Parse(target.Host), target.Port);
        _listener.Start();
        Address = new UriBuilder(target) { Port = ((IPEndPoint)_listener.LocalEndpoint).Port }.Uri;
        _accepting = AcceptAsync();
    }

    /// <summary>The address to open in the browser instead of the host's.</summary>
    public Uri Address { get; }

    /// <summary>How many connections have been cut so far.</summary>
    public int CutConnections { get; private set; }

    /// <summary>Resets every connection through the relay (a TCP RST to both ends: nothing is closed politely).</summary>
    public void CutEverything()
    {
        foreach (var socket in _sockets.Keys)
        {
            if (!_sockets.TryRemove(socket, out _))
                continue;
            // Linger 0 makes Close send RST instead of FIN: neither end gets a chance to say goodbye.
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
            CutConnections++;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        CutEverything();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }
        catch (SocketException)
        {
            // The listener was stopped under the pending accept.
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var browser = await _listener.AcceptSocketAsync(_stopping.Token);
            var host = new Socket(SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await host.ConnectAsync(_target, _stopping.Token);
            }
            catch (SocketException)
            {
                browser.Close();
                host.Dispose();
                continue;
            }

            _sockets[browser] = 0;
            _sockets[host] = 0;
            _ = RelayAsync(browser, host);
        }
    }

    private async Task RelayAsync(Socket browser, Socket host)
    {
        await Task.WhenAll(PumpAsync(browser, host), PumpAsync(host, browser));
        _sockets.TryRemove(browser, out _);
        _sockets.TryRemove(host, out _);
        browser.Dispose();
        host.Dispose();
    }

    // Copies one direction until either end goes; then the other direction is ended too, like a connection that broke.
    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stopping.Token);
                if (read == 0)
                    break;
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stopping.Token);
            }

            // A polite end on one side is passed on politely: only CutEverything resets.
            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Cut, or the other direction already ended the pair.
        }
    }
}
