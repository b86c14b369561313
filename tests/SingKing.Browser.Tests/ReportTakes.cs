using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SingKing.Dsp.Synthesis;
using SingKing.Host.Hubs;
using SingKing.Host.Singers;

namespace SingKing.Browser.Tests;

/// <summary>
/// Takes of the bundled "Twinkle, Twinkle, Little Star" sung through the singing hub as a browser would, by a .NET
/// SignalR client carrying the singer cookie a browser context was issued: every note of the chart (read from
/// <c>/api/songs/twinkle-twinkle</c>) rendered by the voice synthesizer at its pitch and time, 40 ms chunks, take
/// time 0 = song time 0.
/// </summary>
public static class ReportTakes
{
    public const string TwinkleId = "twinkle-twinkle";

    /// <summary>The line (0-based) sung a minor third sharp, so the report lists it to practise.</summary>
    public const int OffKeyLine = 1;

    private const int SampleRate = 16_000;
    private const int ChunkSamples = 640;

    // One take per host: singing it costs half a minute of synthesis and streaming, and the report tests only read it.
    private static readonly ConcurrentDictionary<Uri, Lazy<Task<ReportTake>>> Taken = new();

    /// <summary>
    /// The take of <see cref="TwinkleId"/> with line <see cref="OffKeyLine"/> a minor third sharp and the rest on pitch,
    /// sung once per host by a singer whose cookie a fresh browser context receives from the host.
    /// </summary>
    public static Task<ReportTake> OffKeyTwinkleAsync(IBrowser browser, Uri baseAddress) =>
        Taken.GetOrAdd(baseAddress, address => new Lazy<Task<ReportTake>>(() => SingAsync(browser, address, line => line == OffKeyLine ? 3 : 0))).Value;

    /// <summary>A new context in <paramref name="locale"/> that is the singer of <paramref name="take"/>.</summary>
    public static Task<IBrowserContext> ContextOfAsync(IBrowser browser, Uri baseAddress, ReportTake take, string locale, int width = 1280, int height = 800) =>
        ContextOfAsync(browser, baseAddress, take.SingerId, locale, width, height);

    /// <summary>A new context in <paramref name="locale"/> whose singer cookie is <paramref name="singerId"/>.</summary>
    public static async Task<IBrowserContext> ContextOfAsync(IBrowser browser, Uri baseAddress, string singerId, string locale, int width = 1280, int height = 800)
    {
        var context = await browser.NewContextAsync(new()
        {
            Locale = locale,
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = width < 600,
            HasTouch = width < 600,
            DeviceScaleFactor = width < 600 ? 2 : 1,
        });
        await context.AddCookiesAsync([new Cookie { Name = SingerCookie.Name, Value = singerId, Url = baseAddress.ToString() }]);
        return context;
    }

    private static async Task<ReportTake> SingAsync(IBrowser browser, Uri baseAddress, Func<int, double> semitonesOfLine) =>
        await SingAsync(baseAddress, await NewSingerAsync(browser, baseAddress), semitonesOfLine);

    /// <summary>A new singer: the cookie the host issues a browser on its first page visit.</summary>
    public static async Task<string> NewSingerAsync(IBrowser browser, Uri baseAddress)
    {
        var context = await browser.NewContextAsync();
        string singerId;
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(baseAddress.ToString());
            var cookies = await context.CookiesAsync([baseAddress.ToString()]);
            singerId = cookies.Single(c => c.Name == SingerCookie.Name).Value;
        }
        finally
        {
            await context.CloseAsync();
        }

        return singerId;
    }

    /// <summary>Sings a take of <see cref="TwinkleId"/> as the singer <paramref name="singerId"/>, each line shifted by <paramref name="semitonesOfLine"/>.</summary>
    public static async Task<ReportTake> SingAsync(Uri baseAddress, string singerId, Func<int, double> semitonesOfLine)
    {
        var samples = await RenderAsync(baseAddress, semitonesOfLine);
        await using var connection = await ConnectAsync(baseAddress, singerId);
        await StartAsync(connection);
        await StreamAsync(connection, samples);
        var summary = await connection.InvokeAsync<SessionSummary>("endSession");
        if (summary.Report is null)
            throw new InvalidOperationException($"The take {summary.TakeId} ended without a report: {summary.ReportError}");
        return new ReportTake(singerId, summary.TakeId, summary);
    }

    /// <summary>A hub connection carrying the singer cookie of <paramref name="singerId"/>, started.</summary>
    public static async Task<HubConnection> ConnectAsync(Uri baseAddress, string singerId)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "hubs/singing"), options => options.Headers["Cookie"] = $"{SingerCookie.Name}={singerId}")
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Opens a take of <see cref="TwinkleId"/> on <paramref name="connection"/>; returns its id.</summary>
    public static async Task<string> StartAsync(HubConnection connection)
    {
        var started = await connection.InvokeAsync<SessionStarted>(
            "startSession", new StartSessionRequest { SampleRate = SampleRate, SongId = TwinkleId, Difficulty = "easy" });
        return started.TakeId;
    }

    /// <summary>Sends <paramref name="samples"/> as the open take's 40 ms chunks, from the take's start.</summary>
    public static async Task StreamAsync(HubConnection connection, short[] samples)
    {
        var sequence = 0L;
        for (var start = 0; start < samples.Length; start += ChunkSamples)
        {
            var pcm = ToPcm(samples.AsSpan(start, Math.Min(ChunkSamples, samples.Length - start)));
            await connection.InvokeAsync<ChunkResult>("sendChunk", new AudioChunk { Sequence = sequence++, SampleRate = SampleRate, Pcm = pcm });
        }
    }

    /// <summary>Every note of the song's first voice at its chart pitch plus the line's shift, rests between.</summary>
    public static async Task<short[]> RenderAsync(Uri baseAddress, Func<int, double> semitonesOfLine)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        var song = await http.GetFromJsonAsync<JsonElement>($"/api/songs/{TwinkleId}");
        var sung = new List<SungNote>();
        var end = 0.0;
        var phrases = song.GetProperty("voices")[0].GetProperty("phrases");
        for (var line = 0; line < phrases.GetArrayLength(); line++)
        {
            foreach (var note in phrases[line].GetProperty("notes").EnumerateArray())
            {
                var start = note.GetProperty("startSeconds").GetDouble();
                var stop = note.GetProperty("endSeconds").GetDouble();
                sung.Add(SungNote.FromMidi(note.GetProperty("midi").GetDouble() + semitonesOfLine(line), start, stop - start));
                end = Math.Max(end, stop);
            }
        }

        var natural = new F0ContourOptions
        {
            Vibrato = new VibratoOptions { ExtentCents = 30, RateHz = 5.5 },
            Scoop = new ScoopOptions { DepthCents = 100, GlideSeconds = 0.08 },
            JitterCents = 6,
        };
        var take = new VoiceSynthesizer(new VoiceOptions { VocalTract = VocalTract.Female })
            .Synthesize(new F0Contour(sung, natural), SampleRate, end + 0.5, seed: 5);
        return [.. take.Samples.Select(s => (short)Math.Clamp(Math.Round(s * short.MaxValue), short.MinValue, short.MaxValue))];
    }

    private static byte[] ToPcm(ReadOnlySpan<short> samples)
    {
        var bytes = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), samples[i]);
        return bytes;
    }
}
