using System.Buffers.Binary;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Host.Hubs;
using SingKing.Host.Singers;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

/// <summary>The bare-echo hub that load runs measure the product against: absent unless configured, exact when on.</summary>
[Collection(HostCollection.Name)]
public sealed class EchoHubTests(HostFixture host) : IAsyncLifetime
{
    private readonly SingKingHostFactory _echoFactory = new();
    private WebApplicationFactory<Program>? _echoHost;

    public Task InitializeAsync()
    {
        _echoHost = _echoFactory.WithWebHostBuilder(builder => builder.UseSetting("Load:EchoHub", "true"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_echoHost is not null)
            await _echoHost.DisposeAsync();
        await _echoFactory.DisposeAsync();
    }

    [Fact]
    public async Task The_echo_hub_is_not_mapped_by_default()
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.PostAsync("hubs/echo/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_Load_EchoHub_on_the_hub_negotiates()
    {
        using var client = _echoHost!.CreateClient();

        using var response = await client.PostAsync("hubs/echo/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_echo_hub_answers_each_chunk_with_its_sequence_and_RMS()
    {
        await using var connection = await ConnectAsync(HostFixture.NewSingerId());
        // A square wave of ±8192 has an RMS of exactly 0.25 of full scale; a 400 Hz sine of amplitude 0.5 over whole periods, 0.5/√2.
        var square = Pcm(640, n => n % 32 < 16 ? 8192 : -8192);
        var sine = Pcm(640, n => (short)Math.Round(16384 * Math.Sin(2 * Math.PI * 400 * n / 16_000.0)));

        var first = await connection.InvokeAsync<EchoResult>("sendChunk", new AudioChunk { Sequence = 7, SampleRate = 16_000, Pcm = square });
        var second = await connection.InvokeAsync<EchoResult>("sendChunk", new AudioChunk { Sequence = 8, SampleRate = 16_000, Pcm = sine });

        Assert.Equal(7, first.Sequence);
        Assert.Equal(0.25, first.Rms, 12);
        Assert.Equal(8, second.Sequence);
        Assert.Equal(0.5 / Math.Sqrt(2), second.Rms, 3);
    }

    [Fact]
    public async Task The_echo_hub_refuses_an_oversized_chunk_with_the_singing_hubs_error_code()
    {
        await using var connection = await ConnectAsync(HostFixture.NewSingerId());

        var error = await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<EchoResult>("sendChunk", new AudioChunk { Sequence = 0, SampleRate = 16_000, Pcm = new byte[40_000] }));

        Assert.Contains("[ChunkTooLarge]", error.Message);
    }

    private async Task<HubConnection> ConnectAsync(string singerId)
    {
        var server = _echoHost!.Server;
        var webSockets = server.CreateWebSocketClient();
        webSockets.ConfigureRequest = request => request.Headers.Cookie = $"{SingerCookie.Name}={singerId}";
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "hubs/echo"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) => await webSockets.ConnectAsync(context.Uri, cancellationToken);
            })
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private static byte[] Pcm(int samples, Func<int, int> sample)
    {
        var pcm = new byte[samples * 2];
        for (var n = 0; n < samples; n++)
            BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(n * 2), (short)sample(n));
        return pcm;
    }
}
