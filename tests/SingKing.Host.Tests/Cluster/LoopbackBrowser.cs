using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace SingKing.Host.Tests.Cluster;

/// <summary>
/// A singer's browser against real hosts on loopback: one cookie jar for every host (cookies name the machine, not the
/// port), so an account signed in on one host is signed in on the others, as behind one reverse proxy.
/// </summary>
public sealed class LoopbackBrowser : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;

    public LoopbackBrowser()
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies });
    }

    /// <summary>The socket of the hub connection opened last, to cut it as a failing network does.</summary>
    public WebSocket? LastSocket { get; private set; }

    /// <summary>Signs up a new singer on <paramref name="host"/> and stays signed in; returns the account id.</summary>
    public async Task<long> SignUpAsync(HostProcess host)
    {
        using var tokenResponse = await _http.GetAsync(new Uri(host.BaseAddress, "api/account/antiforgery"));
        tokenResponse.EnsureSuccessStatusCode();
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var userName = "u" + Guid.NewGuid().ToString("N")[..10];
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, "api/account/signup"))
        {
            Content = JsonContent.Create(new { userName, email = userName + "@example.com", displayName = "김민지", password = "correct horse", preferredLanguage = "ko" }),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var response = await _http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Sign-up on host {host.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public async Task<JsonElement> GetJsonAsync(HostProcess host, string path)
    {
        using var response = await _http.GetAsync(new Uri(host.BaseAddress, path));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} on host {host.Name}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A started MessagePack hub connection to <paramref name="hubPath"/> on <paramref name="host"/>, carrying this browser's cookies.</summary>
    public async Task<HubConnection> ConnectAsync(HostProcess host, string hubPath, Action<HubConnection>? handlers = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, hubPath.TrimStart('/')), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var socket = new ClientWebSocket();
                    socket.Options.Cookies = _cookies;
                    await socket.ConnectAsync(context.Uri, cancellationToken);
                    LastSocket = socket;
                    return socket;
                };
            })
            .AddMessagePackProtocol()
            .Build();
        handlers?.Invoke(connection);
        await connection.StartAsync();
        return connection;
    }

    public void Dispose() => _http.Dispose();
}
