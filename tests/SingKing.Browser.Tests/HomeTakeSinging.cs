using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SingKing.Dsp.Synthesis;
using SingKing.Host.Hubs;

namespace SingKing.Browser.Tests;

/// <summary>
/// Sings the bundled Twinkle through the hub as the singer a browser context is signed in as: the connection carries
/// the context's cookies (the sign-in cookie among them), as the page's own connection would.
/// </summary>
public static class HomeTakeSinging
{
    private const int SampleRate = 16_000;

    /// <summary>
    /// Sings Twinkle as the context's singer, each line shifted by <paramref name="semitonesOfLine"/> (on pitch when
    /// null), and returns the ended take's summary.
    /// </summary>
    public static async Task<SessionSummary> SingTwinkleAsync(IBrowserContext context, Uri baseAddress, Func<int, double>? semitonesOfLine = null)
    {
        var samples = await ReportTakes.RenderAsync(baseAddress, semitonesOfLine ?? (_ => 0));
        await using var connection = await ConnectAsync(context, baseAddress);
        await ReportTakes.StartAsync(connection);
        await ReportTakes.StreamAsync(connection, samples);
        return await connection.InvokeAsync<SessionSummary>("endSession");
    }

    /// <summary>A range test as the context's singer: <paramref name="lowest"/>, then <paramref name="highest"/>, each held 1.5 s, without a song.</summary>
    public static async Task<SessionSummary> SingRangeAsync(IBrowserContext context, Uri baseAddress, string lowest, string highest)
    {
        var notes = new[] { SungNote.FromName(lowest, 0.2, 1.5), SungNote.FromName(highest, 2.0, 1.5) };
        var take = new VoiceSynthesizer(new VoiceOptions { VocalTract = VocalTract.Male })
            .Synthesize(new F0Contour(notes, new F0ContourOptions()), SampleRate, 4.0, seed: 3);
        short[] samples = [.. take.Samples.Select(s => (short)Math.Clamp(Math.Round(s * short.MaxValue), short.MinValue, short.MaxValue))];
        await using var connection = await ConnectAsync(context, baseAddress);
        await connection.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest { SampleRate = SampleRate });
        await ReportTakes.StreamAsync(connection, samples);
        return await connection.InvokeAsync<SessionSummary>("endSession");
    }

    private static async Task<HubConnection> ConnectAsync(IBrowserContext context, Uri baseAddress)
    {
        var cookies = await context.CookiesAsync([baseAddress.ToString()]);
        var header = string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}"));
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "hubs/singing"), options => options.Headers["Cookie"] = header)
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
