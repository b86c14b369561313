using SingKing.Dsp.Audio;

namespace SingKing.Dsp.Tests.Audio;

[Collection(AllocationCollection.Name)]
public sealed class WavReaderTests
{
    private static readonly float[] Ramp = [-1f, -0.5f, -0.25f, 0f, 0.125f, 0.5f, 0.75f, 1f];

    [Fact]
    public void Reader_decodes_16_bit_pcm_to_within_one_step()
    {
        byte[] file = new SyntheticWav { BitsPerSample = 16 }.Build(Ramp);

        float[] samples = WavReader.ReadAll(new MemoryStream(file), out var format);

        Assert.Equal(new WavFormat(16_000, 1, 16, WavEncoding.Pcm), format);
        AssertClose(Ramp, samples, 1.0 / 32768);
    }

    [Fact]
    public void Reader_decodes_24_bit_pcm_to_within_one_24_bit_step()
    {
        byte[] file = new SyntheticWav { BitsPerSample = 24 }.Build(Ramp);

        float[] samples = WavReader.ReadAll(new MemoryStream(file), out var format);

        Assert.Equal(new WavFormat(16_000, 1, 24, WavEncoding.Pcm), format);
        AssertClose(Ramp, samples, 1.0 / 8388608);
    }

    [Fact]
    public void Reader_decodes_32_bit_float_exactly()
    {
        byte[] file = new SyntheticWav { FormatTag = 3, BitsPerSample = 32 }.Build(Ramp);

        float[] samples = WavReader.ReadAll(new MemoryStream(file), out var format);

        Assert.Equal(new WavFormat(16_000, 1, 32, WavEncoding.Float), format);
        Assert.Equal(Ramp, samples);
    }

    [Fact]
    public void Reader_reads_nan_and_infinite_float_samples_as_silence_and_keeps_peaks_beyond_full_scale()
    {
        byte[] file = new SyntheticWav { FormatTag = 3, BitsPerSample = 32, ClipSamples = false }
            .Build([float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1.5f, -0.25f]);

        float[] samples = WavReader.ReadAll(new MemoryStream(file), out _);

        Assert.Equal([0f, 0f, 0f, 1.5f, -0.25f], samples);
    }

    [Theory]
    [InlineData(1, 16)]
    [InlineData(1, 24)]
    [InlineData(3, 32)]
    public void Reader_averages_stereo_channels_to_mono(ushort formatTag, int bits)
    {
        float[] left = SyntheticWav.Tone(220, 0.05, 16_000);
        float[] right = SyntheticWav.Tone(330, 0.05, 16_000);
        byte[] file = new SyntheticWav { FormatTag = formatTag, BitsPerSample = bits, Channels = 2 }.Build(SyntheticWav.Interleave(left, right));

        float[] samples = WavReader.ReadAll(new MemoryStream(file), out var format);

        Assert.Equal(2, format.Channels);
        float[] expected = left.Zip(right, (l, r) => (l + r) / 2).ToArray();
        AssertClose(expected, samples, 1.0 / 32768);
    }

    [Fact]
    public void Reader_averages_more_than_two_channels_to_mono()
    {
        float[] a = [0.9f, -0.3f], b = [0.3f, -0.3f], c = [-0.6f, 0.9f];
        byte[] file = new SyntheticWav { FormatTag = 3, BitsPerSample = 32, Channels = 3 }.Build(SyntheticWav.Interleave(a, b, c));

        float[] samples = WavReader.ReadAll(new MemoryStream(file), out _);

        AssertClose([0.2f, 0.1f], samples, 1e-6);
    }

    [Theory]
    [InlineData(1, 16, 1)]
    [InlineData(1, 24, 2)]
    [InlineData(3, 32, 2)]
    public void Reader_reads_wave_format_extensible_headers(ushort subtype, int bits, int channels)
    {
        float[] mono = SyntheticWav.Tone(440, 0.02, 48_000);
        float[] interleaved = channels == 1 ? mono : SyntheticWav.Interleave(mono, mono);
        byte[] file = new SyntheticWav { Extensible = true, FormatTag = subtype, BitsPerSample = bits, Channels = channels, SampleRate = 48_000 }
            .Build(interleaved);

        float[] samples = WavReader.ReadAll(new MemoryStream(file), out var format);

        Assert.Equal(new WavFormat(48_000, channels, bits, subtype == 3 ? WavEncoding.Float : WavEncoding.Pcm), format);
        AssertClose(mono, samples, 1.0 / 32768);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reader_skips_unknown_chunks_including_odd_sized_ones_and_their_pad_byte(bool seekable)
    {
        byte[] file = new SyntheticWav
        {
            ChunksBeforeFormat = [("JUNK", new byte[27])],
            ChunksBeforeData = [("LIST", "INFOISFT\x05\0\0\0odd!\0\0"u8.ToArray()), ("fact", [8, 0, 0, 0]), ("odd ", [1, 2, 3])],
        }.Build(Ramp);

        using var reader = new WavReader(seekable ? new MemoryStream(file) : new ForwardOnlyStream(file));
        var samples = new float[16];
        int n = reader.Read(samples);

        AssertClose(Ramp, samples[..n], 1.0 / 32768);
    }

    [Fact]
    public void Reader_stops_at_the_declared_data_size_and_ignores_chunks_after_it()
    {
        byte[] file = new SyntheticWav { ChunksAfterData = [("LIST", new byte[64])] }.Build(Ramp);

        float[] samples = WavReader.ReadAll(new MemoryStream(file), out _);

        Assert.Equal(Ramp.Length, samples.Length);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(0xFFFF_FFFFu)]
    public void Reader_reads_to_the_end_of_the_stream_when_a_streaming_writer_left_the_data_size_open(uint openSize)
    {
        float[] tone = SyntheticWav.Tone(200, 0.1, 16_000);
        byte[] file = new SyntheticWav { DataSizeOverride = openSize }.Build(tone);

        float[] samples = WavReader.ReadAll(new ForwardOnlyStream(file), out _);

        AssertClose(tone, samples, 1.0 / 32768);
    }

    [Fact]
    public void Reader_reports_an_unknown_frame_count_for_an_open_ended_pipe()
    {
        byte[] file = new SyntheticWav { DataSizeOverride = 0xFFFF_FFFF }.Build(Ramp);

        using var reader = new WavReader(new ForwardOnlyStream(file));

        Assert.Equal(-1, reader.FrameCount);
    }

    [Fact]
    public void Reader_counts_frames_per_channel()
    {
        float[] tone = SyntheticWav.Tone(200, 0.1, 16_000);
        byte[] file = new SyntheticWav { Channels = 2, BitsPerSample = 24 }.Build(SyntheticWav.Interleave(tone, tone));

        using var reader = new WavReader(new MemoryStream(file));

        Assert.Equal(tone.Length, reader.FrameCount);
    }

    [Fact]
    public void Reader_ignores_a_truncated_last_frame()
    {
        // Two whole stereo 16-bit frames, then 2 of the 4 bytes of a third.
        byte[] file = new SyntheticWav { Channels = 2, DataSizeOverride = 0, TrailingBytes = [1, 2] }
            .Build([0.5f, 0.5f, -0.5f, -0.5f]);

        float[] samples = WavReader.ReadAll(new MemoryStream(file), out _);

        AssertClose([0.5f, -0.5f], samples, 1.0 / 32768);
    }

    [Fact]
    public void Reader_returns_what_a_file_cut_short_holds_when_the_header_promised_more()
    {
        float[] tone = SyntheticWav.Tone(200, 0.1, 16_000);
        byte[] whole = new SyntheticWav().Build(tone);
        byte[] cut = whole[..(whole.Length - 101)]; // half-way through a sample

        float[] samples = WavReader.ReadAll(new ForwardOnlyStream(cut), out _);

        Assert.Equal(tone.Length - 51, samples.Length);
        AssertClose(tone[..samples.Length], samples, 1.0 / 32768);
    }

    [Fact]
    public void Reader_gives_the_same_samples_whatever_the_destination_size_and_however_the_stream_trickles()
    {
        float[] tone = SyntheticWav.Tone(150, 0.5, 44_100, 0.4, 0.2);
        byte[] file = new SyntheticWav { SampleRate = 44_100, Channels = 2, BitsPerSample = 24 }.Build(SyntheticWav.Interleave(tone, tone));
        float[] expected = WavReader.ReadAll(new MemoryStream(file), out _);

        using var reader = new WavReader(new ForwardOnlyStream(file, maxBytesPerRead: 7));
        var collected = new List<float>();
        var block = new float[37];
        int n;
        while ((n = reader.Read(block)) > 0)
            collected.AddRange(block[..n]);

        Assert.Equal(expected, collected);
    }

    [Theory]
    [InlineData(16, 1)]
    [InlineData(24, 2)]
    public void Reader_reads_samples_without_allocating(int bits, int channels)
    {
        float[] tone = SyntheticWav.Tone(220, 2.0, 44_100);
        byte[] file = new SyntheticWav { SampleRate = 44_100, BitsPerSample = bits, Channels = channels }
            .Build(channels == 1 ? tone : SyntheticWav.Interleave(tone, tone));
        var block = new float[1000];
        // A first reader reads the whole file, so every path (blocks, the last partial block, the end) is compiled
        // and loaded before the count: compiling allocates, and that is not the reader's doing.
        using (var rehearsal = new WavReader(new MemoryStream(file)))
        {
            while (rehearsal.Read(block) > 0)
            {
            }
        }
        using var reader = new WavReader(new MemoryStream(file));
        reader.Read(block);

        int total = 0;
        long allocated = AllocationCount.Of(() =>
        {
            int n;
            while ((n = reader.Read(block)) > 0)
                total += n;
        });

        Assert.Equal(tone.Length - block.Length, total);
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData(8_000)]
    [InlineData(11_025)]
    [InlineData(22_050)]
    [InlineData(44_100)]
    [InlineData(48_000)]
    public void Reader_accepts_rates_from_8_to_48_kHz(int sampleRate)
    {
        byte[] file = new SyntheticWav { SampleRate = sampleRate }.Build(Ramp);

        using var reader = new WavReader(new MemoryStream(file));

        Assert.Equal(sampleRate, reader.Format.SampleRate);
    }

    [Fact]
    public void Reader_closes_the_stream_unless_asked_to_leave_it_open()
    {
        byte[] file = new SyntheticWav().Build(Ramp);
        var closed = new MemoryStream(file);
        var leftOpen = new MemoryStream(file);

        new WavReader(closed).Dispose();
        new WavReader(leftOpen, leaveOpen: true).Dispose();

        Assert.False(closed.CanRead);
        Assert.True(leftOpen.CanRead);
    }

    private static void AssertClose(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance,
                $"Sample {i}: expected {expected[i]}, read {actual[i]} (tolerance {tolerance}).");
    }
}
