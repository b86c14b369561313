using Microsoft.AspNetCore.SignalR;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

/// <summary>
/// Every mistake a client can make gets its typed error, and afterwards the same connection streams on and a
/// second singer streaming at the same time never notices.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class BadInputTests(HostFixture host)
{
    private static readonly List<byte[]> Voice = SyntheticVoice.Chunks(SyntheticVoice.Sing((220, 0.4)));

    [Fact]
    public async Task A_chunk_over_32_KB_is_rejected_as_ChunkTooLarge()
    {
        await using var duet = await Duet.StartAsync(host);

        await duet.AssertRejectedAsync("ChunkTooLarge", s => s.SendChunkAsync(duet.NextSequence, new byte[40_000]));

        await duet.BothCarryOnAsync();
    }

    [Fact]
    public async Task A_64_KB_chunk_over_JSON_still_reaches_the_hub_and_is_rejected_as_ChunkTooLarge()
    {
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId(), json: true);
        await singer.StartSessionAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => singer.SendChunkAsync(0, new byte[64 * 1024]));

        Assert.Contains("[ChunkTooLarge]", error.Message);
        Assert.Equal(0, (await singer.SendChunkAsync(0, Voice[0])).Sequence);
    }

    [Fact]
    public async Task A_chunk_with_an_odd_byte_count_is_rejected_as_OddByteCount()
    {
        await using var duet = await Duet.StartAsync(host);

        await duet.AssertRejectedAsync("OddByteCount", s => s.SendChunkAsync(duet.NextSequence, new byte[1279]));

        await duet.BothCarryOnAsync();
    }

    [Fact]
    public async Task An_empty_chunk_is_rejected_as_EmptyChunk()
    {
        await using var duet = await Duet.StartAsync(host);

        await duet.AssertRejectedAsync("EmptyChunk", s => s.SendChunkAsync(duet.NextSequence, []));

        await duet.BothCarryOnAsync();
    }

    [Fact]
    public async Task A_chunk_at_another_sample_rate_is_rejected_as_SampleRateMismatch()
    {
        await using var duet = await Duet.StartAsync(host);

        await duet.AssertRejectedAsync("SampleRateMismatch", s => s.SendChunkAsync(duet.NextSequence, Voice[0], sampleRate: 48_000));

        await duet.BothCarryOnAsync();
    }

    [Fact]
    public async Task A_session_at_44100_Hz_is_rejected_as_UnsupportedSampleRate()
    {
        await using var duet = await Duet.StartAsync(host, soloistStarts: false);

        await duet.AssertRejectedAsync("UnsupportedSampleRate", s => s.StartSessionAsync(44_100));

        await duet.Soloist.StartSessionAsync();
        await duet.BothCarryOnAsync();
    }

    [Fact]
    public async Task Audio_without_a_session_is_rejected_as_NoActiveSession()
    {
        await using var duet = await Duet.StartAsync(host, soloistStarts: false);

        await duet.AssertRejectedAsync("NoActiveSession", s => s.SendChunkAsync(0, Voice[0]));

        await duet.Soloist.StartSessionAsync();
        await duet.BothCarryOnAsync();
    }

    [Fact]
    public async Task Ending_without_a_session_is_rejected_as_NoActiveSession()
    {
        await using var duet = await Duet.StartAsync(host, soloistStarts: false);

        await duet.AssertRejectedAsync("NoActiveSession", s => s.EndSessionAsync());

        await duet.Soloist.StartSessionAsync();
        await duet.BothCarryOnAsync();
    }

    [Fact]
    public async Task A_second_session_on_the_same_connection_is_rejected_as_SessionAlreadyActive()
    {
        await using var duet = await Duet.StartAsync(host);

        await duet.AssertRejectedAsync("SessionAlreadyActive", s => s.StartSessionAsync());

        await duet.BothCarryOnAsync();
    }

    [Fact]
    public async Task A_second_session_for_the_same_singer_on_another_connection_is_rejected_as_SessionAlreadyActive()
    {
        await using var duet = await Duet.StartAsync(host);
        await using var secondTab = await SingerClient.ConnectAsync(host, duet.Soloist.SingerId);

        var error = await Assert.ThrowsAsync<HubException>(() => secondTab.StartSessionAsync());

        Assert.Contains("[SessionAlreadyActive]", error.Message);
        await duet.BothCarryOnAsync();
    }

    [Fact]
    public async Task Audio_from_another_connection_of_the_same_singer_is_rejected_as_NoActiveSession()
    {
        await using var duet = await Duet.StartAsync(host);
        await using var secondTab = await SingerClient.ConnectAsync(host, duet.Soloist.SingerId);

        var error = await Assert.ThrowsAsync<HubException>(() => secondTab.SendChunkAsync(duet.NextSequence, Voice[0]));

        Assert.Contains("[NoActiveSession]", error.Message);
        await duet.BothCarryOnAsync();
    }

    [Fact]
    public async Task A_late_chunk_from_a_gap_is_rejected_as_ChunkOutOfOrder()
    {
        await using var duet = await Duet.StartAsync(host);
        var skipped = duet.NextSequence;
        duet.Skip(1);
        await duet.BothCarryOnAsync();

        await duet.AssertRejectedAsync("ChunkOutOfOrder", s => s.SendChunkAsync(skipped, Voice[0]));

        await duet.BothCarryOnAsync();
    }

    [Fact]
    public async Task A_negative_sequence_number_is_rejected_as_ChunkOutOfOrder()
    {
        await using var duet = await Duet.StartAsync(host);

        await duet.AssertRejectedAsync("ChunkOutOfOrder", s => s.SendChunkAsync(-1, Voice[0]));

        await duet.BothCarryOnAsync();
    }

    [Fact]
    public async Task An_error_message_starts_with_the_code_and_says_what_to_do()
    {
        await using var duet = await Duet.StartAsync(host);

        var error = await Assert.ThrowsAsync<HubException>(() => duet.Soloist.SendChunkAsync(duet.NextSequence, new byte[40_000]));

        // The client prefixes the server's message with where it came from; the server's part is the contract.
        Assert.EndsWith("[ChunkTooLarge] A chunk holds at most 32768 bytes of audio (got 40000). Send 20–100 ms per chunk.", error.Message);
    }

    /// <summary>Two singers streaming at the same time, chunk by chunk, each checking its frames stay contiguous.</summary>
    private sealed class Duet : IAsyncDisposable
    {
        private long _soloistFrames;
        private long _partnerFrames;
        private long _partnerSequence;

        private Duet(SingerClient soloist, SingerClient partner)
        {
            Soloist = soloist;
            Partner = partner;
        }

        public SingerClient Soloist { get; }

        public SingerClient Partner { get; }

        public long NextSequence { get; private set; }

        public static async Task<Duet> StartAsync(HostFixture host, bool soloistStarts = true)
        {
            var duet = new Duet(
                await SingerClient.ConnectAsync(host, HostFixture.NewSingerId()),
                await SingerClient.ConnectAsync(host, HostFixture.NewSingerId()));
            await duet.Partner.StartSessionAsync();
            if (soloistStarts)
            {
                await duet.Soloist.StartSessionAsync();
                await duet.BothCarryOnAsync();
            }

            return duet;
        }

        public void Skip(int chunks) => NextSequence += chunks;

        public async Task AssertRejectedAsync(string code, Func<SingerClient, Task> badCall)
        {
            var error = await Assert.ThrowsAsync<HubException>(() => badCall(Soloist));
            Assert.Contains($"[{code}]", error.Message);
        }

        /// <summary>Both singers send their next chunks, interleaved; each gets its frames in order.</summary>
        public async Task BothCarryOnAsync()
        {
            for (var i = 0; i < 3; i++)
            {
                var soloist = await Soloist.SendChunkAsync(NextSequence, Voice[(int)(NextSequence % Voice.Count)]);
                var partner = await Partner.SendChunkAsync(_partnerSequence, Voice[(int)(_partnerSequence % Voice.Count)]);

                Assert.Equal(NextSequence, soloist.Sequence);
                Assert.False(soloist.Duplicate);
                Assert.Equal(_soloistFrames, soloist.FirstFrame);
                Assert.Equal(_partnerSequence, partner.Sequence);
                Assert.False(partner.Duplicate);
                Assert.Equal(_partnerFrames, partner.FirstFrame);

                NextSequence++;
                _partnerSequence++;
                _soloistFrames += soloist.FrequencyHz.Length;
                _partnerFrames += partner.FrequencyHz.Length;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Soloist.DisposeAsync();
            await Partner.DisposeAsync();
        }
    }
}
