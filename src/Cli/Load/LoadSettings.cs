using System.Globalization;
using System.Net;

namespace SingKing.Cli.Load;

/// <summary>What <c>singking load</c> was asked to do, checked against the tool's bounds.</summary>
internal sealed record LoadSettings
{
    /// <summary>Most simulated singers one run may start.</summary>
    public const int MaxSingers = 2000;

    /// <summary>Longest a run may stream, in seconds (per mode).</summary>
    public const int MaxSeconds = 600;

    /// <summary>Longest ramp, in seconds, over which singers join.</summary>
    public const int MaxRampSeconds = 300;

    /// <summary>Longest warm-up, in seconds.</summary>
    public const int MaxWarmupSeconds = 300;

    /// <summary>The chunk durations the page could send, in ms.</summary>
    public static readonly IReadOnlyList<int> ChunkSizesMs = [20, 40, 100];

    /// <summary>The host's base address; loopback only.</summary>
    public required Uri Url { get; init; }

    /// <summary>Simulated singers.</summary>
    public required int Singers { get; init; }

    /// <summary>How long each singer streams, in seconds.</summary>
    public required double Seconds { get; init; }

    /// <summary>The WAV every singer sings, looped.</summary>
    public required string WavPath { get; init; }

    /// <summary>Audio per chunk, in ms: one chunk is sent every this many ms.</summary>
    public int ChunkMs { get; init; } = 40;

    /// <summary>Which hub, or both.</summary>
    public LoadMode Mode { get; init; } = LoadMode.Product;

    /// <summary>Singers join evenly over this many seconds; 0 starts them together.</summary>
    public double RampSeconds { get; init; }

    /// <summary>
    /// Seconds every singer streams, once all are streaming, before the measured stretch begins: the host's first
    /// seconds under a new load (compiling and tiering its code) are reported apart from its steady state. Added to
    /// <see cref="Seconds"/>.
    /// </summary>
    public double WarmupSeconds { get; init; }

    /// <summary>Also print the result as JSON.</summary>
    public bool Json { get; init; }

    /// <summary>The host's process id, whose CPU is read from /proc; null reads the whole machine's.</summary>
    public int? HostPid { get; init; }

    /// <summary>
    /// The song product-mode singers sing to (a song id of the host's library), as the karaoke page does: each take is
    /// started with it and each chunk carries its song time; null for live-pitch takes without a song.
    /// </summary>
    public string? SongId { get; init; }

    /// <summary>The options <c>singking load</c> takes, each followed by a value except <c>--json</c>.</summary>
    public static readonly IReadOnlyList<string> Options =
        ["--url", "--singers", "--seconds", "--wav", "--chunk-ms", "--mode", "--ramp-seconds", "--warmup-seconds", "--host-pid", "--song", "--json"];

    /// <summary>Reads the settings from the arguments after <c>load</c>; on failure <paramref name="error"/> says what to change.</summary>
    public static LoadSettings? Parse(IReadOnlyList<string> args, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var json = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--json")
            {
                json = true;
                continue;
            }

            if (!Options.Contains(arg))
            {
                error = arg.StartsWith('-') ? $"unknown option '{arg}'." : $"unexpected argument '{arg}'.";
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{arg} needs a value.";
                return null;
            }

            values[arg] = args[++i];
        }

        foreach (var required in (string[])["--url", "--singers", "--seconds", "--wav"])
        {
            if (!values.ContainsKey(required))
            {
                error = $"{required} is required.";
                return null;
            }
        }

        if (!Uri.TryCreate(values["--url"], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            error = $"--url is the host's http:// address, such as http://127.0.0.1:5080, not '{values["--url"]}'.";
            return null;
        }

        if (!IsLoopback(url))
        {
            error = $"--url must be a loopback address (localhost, 127.0.0.1 or [::1]): a load run is for a host on this machine, not '{url.Host}'.";
            return null;
        }

        if (!int.TryParse(values["--singers"], NumberStyles.None, CultureInfo.InvariantCulture, out var singers) || singers is < 1 or > MaxSingers)
        {
            error = $"--singers is a whole number from 1 to {MaxSingers}, not '{values["--singers"]}'.";
            return null;
        }

        if (!TryPositive(values["--seconds"], MaxSeconds, out var seconds))
        {
            error = $"--seconds is a number of seconds above 0 and at most {MaxSeconds}, not '{values["--seconds"]}'.";
            return null;
        }

        var chunkMs = 40;
        if (values.TryGetValue("--chunk-ms", out var chunkText)
            && (!int.TryParse(chunkText, NumberStyles.None, CultureInfo.InvariantCulture, out chunkMs) || !ChunkSizesMs.Contains(chunkMs)))
        {
            error = $"--chunk-ms is 20, 40 or 100, not '{chunkText}'.";
            return null;
        }

        var mode = LoadMode.Product;
        if (values.TryGetValue("--mode", out var modeText))
        {
            LoadMode? parsed = modeText switch
            {
                "product" => LoadMode.Product,
                "echo" => LoadMode.Echo,
                "both" => LoadMode.Both,
                _ => null,
            };
            if (parsed is null)
            {
                error = $"--mode is product, echo or both, not '{modeText}'.";
                return null;
            }

            mode = parsed.Value;
        }

        double ramp = 0;
        if (values.TryGetValue("--ramp-seconds", out var rampText)
            && (!double.TryParse(rampText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out ramp) || ramp > MaxRampSeconds))
        {
            error = $"--ramp-seconds is a number of seconds from 0 to {MaxRampSeconds}, not '{rampText}'.";
            return null;
        }

        double warmup = 0;
        if (values.TryGetValue("--warmup-seconds", out var warmupText)
            && (!double.TryParse(warmupText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out warmup) || warmup > MaxWarmupSeconds))
        {
            error = $"--warmup-seconds is a number of seconds from 0 to {MaxWarmupSeconds}, not '{warmupText}'.";
            return null;
        }

        int? hostPid = null;
        if (values.TryGetValue("--host-pid", out var pidText))
        {
            if (!int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid < 1)
            {
                error = $"--host-pid is the host's process id, a positive whole number, not '{pidText}'.";
                return null;
            }

            hostPid = pid;
        }

        values.TryGetValue("--song", out var songId);
        if (songId is not null && (songId.Length is 0 or > 100 || !songId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            error = $"--song is a song id of the host's library (letters, digits, '-' and '_'), such as twinkle-twinkle, not '{songId}'.";
            return null;
        }

        error = null;
        return new LoadSettings
        {
            Url = url,
            Singers = singers,
            Seconds = seconds,
            WavPath = values["--wav"],
            ChunkMs = chunkMs,
            Mode = mode,
            RampSeconds = ramp,
            WarmupSeconds = warmup,
            Json = json,
            HostPid = hostPid,
            SongId = songId,
        };
    }

    /// <summary>Chunks each singer sends in one mode.</summary>
    public int ChunksPerSinger => (int)Math.Ceiling((Seconds + WarmupSeconds) * 1000 / ChunkMs);

    /// <summary>Samples per chunk at 16 kHz.</summary>
    public int ChunkSamples => 16 * ChunkMs;

    // Only a literal loopback address or localhost: a name that merely resolves to loopback today could point
    // elsewhere tomorrow.
    private static bool IsLoopback(Uri url) =>
        url.IsLoopback && (url.HostNameType == UriHostNameType.Dns
            ? url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            : IPAddress.TryParse(url.IdnHost, out var address) && IPAddress.IsLoopback(address));

    private static bool TryPositive(string text, double max, out double value) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && value > 0 && value <= max;
}
