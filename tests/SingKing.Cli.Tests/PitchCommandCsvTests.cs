using System.Globalization;
using System.Text.RegularExpressions;
using SingKing.Cli.Commands;
using SingKing.Dsp.Tests.Audio;

namespace SingKing.Cli.Tests;

public sealed partial class PitchCommandCsvTests : IDisposable
{
    private const double HopSeconds = 0.010;
    private readonly TempDirectory _dir = new();

    public static TheoryData<ushort, int, int, int> Formats() => new()
    {
        // format tag, bits, channels, sample rate
        { 1, 16, 1, 8_000 },
        { 1, 16, 2, 16_000 },
        { 1, 16, 1, 48_000 },
        { 1, 24, 1, 44_100 },
        { 1, 24, 2, 48_000 },
        { 3, 32, 1, 16_000 },
        { 3, 32, 2, 44_100 },
        { 3, 32, 1, 8_000 },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Pitch_prints_the_header_and_one_row_per_started_10_ms_of_audio(ushort formatTag, int bits, int channels, int sampleRate)
    {
        float[] tone = SyntheticWav.Tone(220, 0.737, sampleRate, 0.4, 0.2, 0.1);
        float[] interleaved = channels == 1 ? tone : SyntheticWav.Interleave(tone, tone);
        string path = _dir.File("take.wav", new SyntheticWav { FormatTag = formatTag, BitsPerSample = bits, Channels = channels, SampleRate = sampleRate }.Build(interleaved));

        var result = CliResult.Run("pitch", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.StartsWith("time_s,f0_hz,confidence\n", result.Stdout);
        Assert.Equal(ExpectedFrames(tone.Length, sampleRate), result.Rows.Length);
    }

    [Fact]
    public void Pitch_stamps_rows_at_frame_centres_10_ms_apart_from_zero()
    {
        float[] tone = SyntheticWav.Tone(300, 0.5, 44_100, 0.5, 0.25);
        string path = _dir.File("take.wav", new SyntheticWav { SampleRate = 44_100 }.Build(tone));

        string[] rows = CliResult.Run("pitch", path).Rows;

        Assert.Equal(ExpectedFrames(tone.Length, 44_100), rows.Length);
        for (int k = 0; k < rows.Length; k++)
            Assert.Equal((k * HopSeconds).ToString("F3", CultureInfo.InvariantCulture), rows[k].Split(',')[0]);
    }

    [Fact]
    public void Pitch_writes_fixed_decimals_with_invariant_culture_and_unix_line_ends_whatever_the_locale()
    {
        float[] tone = SyntheticWav.Tone(196, 0.4, 16_000, 0.5, 0.3, 0.1);
        string path = _dir.File("take.wav", new SyntheticWav().Build(tone));
        CultureInfo before = CultureInfo.CurrentCulture;
        CliResult result;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            result = CliResult.Run("pitch", path);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.DoesNotContain('\r', result.Stdout);
        Assert.EndsWith("\n", result.Stdout);
        Assert.NotEmpty(result.Rows);
        Assert.All(result.Rows, row => Assert.Matches(RowPattern(), row));
    }

    [Fact]
    public void Pitch_reports_0_Hz_throughout_digital_silence()
    {
        string path = _dir.File("silence.wav", new SyntheticWav().Build(new float[8_000]));

        string[] rows = CliResult.Run("pitch", path).Rows;

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal("0.00", row.Split(',')[1]));
    }

    [Fact]
    public void Pitch_reads_a_220_Hz_harmonic_tone_as_220_Hz_within_half_a_hertz()
    {
        float[] tone = SyntheticWav.Tone(220, 1.0, 16_000, 0.4, 0.3, 0.2, 0.1);
        string path = _dir.File("a3.wav", new SyntheticWav().Build(tone));

        string[] rows = CliResult.Run("pitch", path).Rows;

        // Skip the onset and the end, where the analysis window straddles the edge of the tone.
        var steady = rows.Select(Parse).Where(r => r.Time is >= 0.1 and <= 0.9).ToList();
        Assert.Equal(81, steady.Count);
        Assert.All(steady, r => Assert.InRange(r.F0, 219.5, 220.5));
    }

    [Fact]
    public void Pitch_gives_the_same_csv_for_a_file_and_the_same_wav_piped_on_stdin()
    {
        float[] tone = SyntheticWav.Tone(247, 0.6, 22_050, 0.5, 0.2);
        byte[] wav = new SyntheticWav { SampleRate = 22_050, DataSizeOverride = 0xFFFF_FFFF }.Build(tone);
        string path = _dir.File("take.wav", wav);
        var fromStdin = new CommandDispatcher([new PitchCommand(() => new MemoryStream(wav))]);

        var fromFile = CliResult.Run("pitch", path);
        var piped = CliResult.Run(fromStdin, "pitch", "-");

        Assert.Equal(0, piped.ExitCode);
        Assert.Equal(fromFile.Stdout, piped.Stdout);
    }

    /// <summary>One frame per started hop of the file: ⌈duration / 10 ms⌉ (PitchTracker.Flush).</summary>
    private static int ExpectedFrames(int samples, int sampleRate) =>
        (int)Math.Ceiling(samples / (double)sampleRate / HopSeconds - 1e-9);

    private static (double Time, double F0) Parse(string row)
    {
        string[] fields = row.Split(',');
        return (double.Parse(fields[0], CultureInfo.InvariantCulture), double.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^\d+\.\d{3},\d+\.\d{2},[01]\.\d{3}$")]
    private static partial Regex RowPattern();

    public void Dispose() => _dir.Dispose();
}
