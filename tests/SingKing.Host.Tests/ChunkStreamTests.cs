using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging.Abstractions;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

/// <summary>
/// <c>streamChunks</c>, the page's way to send a take's audio: one stream per connection, one answer per chunk in
/// order, a refused chunk answered with its error while the stream goes on; and <c>sendChunk</c>, one chunk a call,
/// giving the same answers.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ChunkStreamTests(HostFixture host)
{
    private static readonly List<byte[]> Voice = SyntheticVoice.Chunks(SyntheticVoice.Sing((220, 0.5), (330, 0.5)));

    [Fact]
    public async Task Streamed_chunks_get_the_same_answers_as_chunks_sent_one_call_each()
    {
        await using var streaming = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        await using var calling = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        await streaming.StartSessionAsync();
        await calling.StartSessionAsync();

        var streamed = await Task.WhenAll(Voice.Select((pcm, s) => streaming.SendChunkAsync(s, pcm)));
        var called = new List<ChunkResult>();
        for (var s = 0; s < Voice.Count; s++)
            called.Add(await calling.SendChunkByCallAsync(s, Voice[s]));

        Assert.Equal(called.Select(r => r.Sequence), streamed.Select(r => r.Sequence));
        Assert.Equal(called.Select(r => r.FirstFrame), streamed.Select(r => r.FirstFrame));
        Assert.Equal(called.SelectMany(r => r.FrequencyHz), streamed.SelectMany(r => r.FrequencyHz));
        Assert.Equal(called.Select(r => r.KeptThrough), streamed.Select(r => r.KeptThrough));
        Assert.Contains(streamed, r => r.FrequencyHz.Length > 0);
        Assert.All(streamed, r => Assert.Null(r.Error));
    }

    [Fact]
    public async Task A_refused_chunk_is_answered_with_its_error_and_the_same_stream_takes_the_next_chunk()
    {
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        await singer.StartSessionAsync();
        var chunks = Channel.CreateUnbounded<AudioChunk>();
        var answers = (await singer.Connection.StreamAsChannelAsync<ChunkResult>("streamChunks", chunks.Reader)).ReadAllAsync().GetAsyncEnumerator();

        var sent = new[]
        {
            new AudioChunk { Sequence = 0, SampleRate = 16_000, Pcm = Voice[0] },
            new AudioChunk { Sequence = 1, SampleRate = 48_000, Pcm = Voice[1] },
            new AudioChunk { Sequence = 1, SampleRate = 16_000, Pcm = Voice[1] },
        };
        var results = new List<ChunkResult>();
        foreach (var chunk in sent)
        {
            await chunks.Writer.WriteAsync(chunk);
            Assert.True(await answers.MoveNextAsync());
            results.Add(answers.Current);
        }

        Assert.Equal([0L, 1L, 1L], results.Select(r => r.Sequence));
        Assert.Null(results[0].Error);
        Assert.StartsWith("[SampleRateMismatch] ", results[1].Error);
        Assert.Empty(results[1].FrequencyHz);
        Assert.Null(results[2].Error);
        Assert.False(results[2].Duplicate);
    }

    [Fact]
    public async Task A_stream_outlives_its_take_so_chunks_before_a_take_are_refused_and_those_of_the_next_take_taken()
    {
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());

        var early = await Assert.ThrowsAsync<HubException>(() => singer.SendChunkAsync(0, Voice[0]));
        await singer.StartSessionAsync();
        var first = await singer.SendChunkAsync(0, Voice[0]);
        await singer.EndSessionAsync();
        await singer.StartSessionAsync();
        var second = await singer.SendChunkAsync(0, Voice[0]);

        Assert.StartsWith("[NoActiveSession] ", early.Message);
        Assert.Equal((0L, false), (first.Sequence, first.Duplicate));
        Assert.Equal((0L, false, 0L), (second.Sequence, second.Duplicate, second.FirstFrame));
    }

    [Fact]
    public async Task A_chunk_whose_processing_fails_unforeseen_is_answered_with_an_error_and_the_stream_goes_on()
    {
        var chunks = Enumerable.Range(0, 3).Select(s => (AudioChunk?)new AudioChunk { Sequence = s, SampleRate = 16_000, Pcm = Voice[s] }).ToAsyncEnumerable();

        var answers = await ChunkStreams.AnswerEach(
            chunks,
            chunk => chunk!.Sequence == 1 ? throw new IOException("No space left on device") : ValueTask.FromResult(new ChunkResult { Sequence = chunk.Sequence }),
            static (chunk, error) => new ChunkResult { Sequence = chunk?.Sequence ?? -1, Error = error },
            NullLogger.Instance,
            CancellationToken.None).ToListAsync();

        Assert.Equal([0L, 1L, 2L], answers.Select(a => a.Sequence));
        Assert.Equal([null, ChunkStreams.UnexpectedError, null], answers.Select(a => a.Error));
    }
}
