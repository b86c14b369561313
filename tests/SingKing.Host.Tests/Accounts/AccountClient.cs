using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Host.Hubs;
using SingKing.Host.Singers;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Accounts;

/// <summary>
/// A singer's browser: one cookie jar shared by its API calls and its hub connections, fetching the antiforgery token
/// before every change as the page does.
/// </summary>
public sealed class AccountClient : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly CookieContainer _cookies = new();

    public AccountClient(WebApplicationFactory<Program> factory)
    {
        _factory = factory;
        Http = new HttpClient(new CookieContainerHandler(_cookies) { InnerHandler = factory.Server.CreateHandler() })
        {
            BaseAddress = factory.Server.BaseAddress,
        };
    }

    public HttpClient Http { get; }

    /// <summary>The socket of the hub connection opened last, to cut it as a failing network does.</summary>
    public System.Net.WebSockets.WebSocket? LastSocket { get; private set; }

    /// <summary>Cookies the browser would send to the host.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(_factory.Server.BaseAddress);

    /// <summary>Gives this browser an anonymous singer id, as the first page load does.</summary>
    public AccountClient WithAnonymousId(string singerId)
    {
        _cookies.Add(_factory.Server.BaseAddress, new Cookie(SingerCookie.Name, singerId, "/"));
        return this;
    }

    public static string NewUserName() => "u" + Guid.NewGuid().ToString("N")[..10];

    public async Task<string> AntiforgeryTokenAsync()
    {
        using var response = await Http.GetAsync("/api/account/antiforgery");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, bool withToken = true)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        if (withToken)
            request.Headers.Add("X-CSRF-TOKEN", await AntiforgeryTokenAsync());
        return await Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SignUpAsync(string userName, string? email = null, string password = "correct horse", string displayName = "김민지", string language = "ko", bool withToken = true) =>
        SendAsync(HttpMethod.Post, "/api/account/signup", new { userName, email = email ?? userName + "@example.com", displayName, password, preferredLanguage = language }, withToken);

    /// <summary>Signs up a new singer (and stays signed in); returns their account id.</summary>
    public async Task<long> SignUpNewAsync(string? userName = null, string displayName = "김민지")
    {
        using var response = await SignUpAsync(userName ?? NewUserName(), displayName: displayName);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public Task<HttpResponseMessage> SignInAsync(string login, string password = "correct horse") =>
        SendAsync(HttpMethod.Post, "/api/account/signin", new { login, password });

    public Task<HttpResponseMessage> SignOutAsync() => SendAsync(HttpMethod.Post, "/api/account/signout");

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A hub connection carrying this browser's cookies, not yet started, so handlers can be added first.</summary>
    public HubConnection BuildHubConnection()
    {
        var server = _factory.Server;
        var webSockets = server.CreateWebSocketClient();
        var cookies = CookieHeader;
        webSockets.ConfigureRequest = request => request.Headers.Cookie = cookies;
        return new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "hubs/singing"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                    LastSocket = await webSockets.ConnectAsync(context.Uri, cancellationToken);
            })
            .AddMessagePackProtocol()
            .Build();
    }

    public async Task<HubConnection> ConnectAsync()
    {
        var connection = BuildHubConnection();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Sings <paramref name="samples"/> as one take (to <paramref name="songId"/> when given) and ends it.</summary>
    public static async Task<SessionSummary> SingAsync(HubConnection connection, short[] samples, string? songId = null, bool practice = false)
    {
        await connection.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest
        {
            SampleRate = SyntheticVoice.SampleRate,
            SongId = songId,
            Practice = practice ? true : null,
        });
        var sequence = 0;
        foreach (var pcm in SyntheticVoice.Chunks(samples))
            await connection.InvokeAsync<ChunkResult>("sendChunk", new AudioChunk { Sequence = sequence++, SampleRate = SyntheticVoice.SampleRate, Pcm = pcm });
        return await connection.InvokeAsync<SessionSummary>("endSession");
    }

    public void Dispose() => Http.Dispose();
}
