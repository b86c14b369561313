using System.Buffers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using SingKing.Cli.Load;
using SingKing.Host.Hubs;

namespace SingKing.Cli.Tests.Load;

/// <summary>
/// The load tool's own hub messages against ASP.NET Core's MessagePack hub protocol, the one the host runs: what the
/// tool writes, the host's protocol reads as the page's invocations and stream of chunks; what the host's protocol
/// writes, the tool reads.
/// </summary>
public sealed class HubWireTests
{
    private static readonly MessagePackHubProtocol HostProtocol = new();

    [Fact]
    public void The_stream_of_chunks_opens_on_the_host_as_the_pages_streamChunks_with_one_client_stream()
    {
        var (id, message) = HubWire.WriteStreamChunks(new HubMessageBuffer(), -3, 1);

        var invocation = Assert.IsType<StreamInvocationMessage>(ParseOnHost(message));
        Assert.Equal(("streamChunks", "-3", -3), (invocation.Target, invocation.InvocationId, id));
        Assert.Empty(invocation.Arguments);
        Assert.Equal(["1"], invocation.StreamIds!);
    }

    [Fact]
    public void A_chunk_reads_on_the_host_as_an_item_of_the_client_stream_with_the_pages_audio_chunk()
    {
        var pcm = Enumerable.Range(0, 1280).Select(i => (byte)(i * 7)).ToArray(); // over 127 bytes: a two-byte size prefix

        var message = HubWire.WriteChunkItem(new HubMessageBuffer(), 1, 4321, 16_000, pcm);

        var item = Assert.IsType<StreamItemMessage>(ParseOnHost(message));
        Assert.Equal("1", item.InvocationId);
        var chunk = Assert.IsType<AudioChunk>(item.Item);
        Assert.Equal(4321, chunk.Sequence);
        Assert.Equal(16_000, chunk.SampleRate);
        Assert.Equal(pcm, chunk.Pcm);
        Assert.Null(chunk.SongSeconds);
    }

    [Fact]
    public void A_karaoke_takes_start_and_chunks_carry_the_song_and_its_time_as_the_pages_do()
    {
        var (_, start) = HubWire.WriteStartSession(new HubMessageBuffer(), -1, 16_000, "twinkle-twinkle");
        var chunkMessage = HubWire.WriteChunkItem(new HubMessageBuffer(), 1, 25, 16_000, new byte[1280], songSeconds: 1.0);

        var request = Assert.IsType<StartSessionRequest>(Assert.Single(Assert.IsType<InvocationMessage>(ParseOnHost(start)).Arguments));
        Assert.Equal((16_000, "twinkle-twinkle"), (request.SampleRate, request.SongId));
        var chunk = Assert.IsType<AudioChunk>(Assert.IsType<StreamItemMessage>(ParseOnHost(chunkMessage)).Item);
        Assert.Equal((25L, 1.0), (chunk.Sequence, chunk.SongSeconds));
        Assert.Equal(1280, chunk.Pcm!.Length);
    }

    [Fact]
    public void One_buffer_writes_message_after_message_each_whole()
    {
        var buffer = new HubMessageBuffer();
        var open = HubWire.WriteStreamChunks(buffer, -3, 1).Message.ToArray();
        var first = HubWire.WriteChunkItem(buffer, 1, 0, 16_000, new byte[1280]).ToArray();
        var second = HubWire.WriteChunkItem(buffer, 1, 1, 16_000, new byte[2]).ToArray();
        var end = HubWire.WriteStreamComplete(buffer, 1).ToArray();

        Assert.Equal("-3", Assert.IsType<StreamInvocationMessage>(ParseOnHost(open)).InvocationId);
        Assert.Equal(0, Assert.IsType<AudioChunk>(Assert.IsType<StreamItemMessage>(ParseOnHost(first)).Item).Sequence);
        var chunk = Assert.IsType<AudioChunk>(Assert.IsType<StreamItemMessage>(ParseOnHost(second)).Item);
        Assert.Equal((1L, 2), (chunk.Sequence, chunk.Pcm!.Length));
        Assert.Equal("1", Assert.IsType<CompletionMessage>(ParseOnHost(end)).InvocationId);
    }

    [Fact]
    public void The_end_of_the_chunks_reads_on_the_host_as_the_client_streams_completion_without_a_result()
    {
        var message = HubWire.WriteStreamComplete(new HubMessageBuffer(), 1);

        var completion = Assert.IsType<CompletionMessage>(ParseOnHost(message));
        Assert.Equal("1", completion.InvocationId);
        Assert.False(completion.HasResult);
        Assert.Null(completion.Error);
    }

    [Fact]
    public void The_keep_alive_reads_on_the_host_as_a_ping()
    {
        Assert.IsType<PingMessage>(ParseOnHost(HubWire.Ping));
    }

    [Fact]
    public void Start_and_end_of_a_take_read_on_the_host_as_the_pages_calls()
    {
        var (startId, start) = HubWire.WriteStartSession(new HubMessageBuffer(), -1, 16_000);
        var (endId, end) = HubWire.WriteEndSession(new HubMessageBuffer(), -2);

        var started = Assert.IsType<InvocationMessage>(ParseOnHost(start));
        Assert.Equal(("startSession", "-1", -1), (started.Target, started.InvocationId, startId));
        var request = Assert.IsType<StartSessionRequest>(Assert.Single(started.Arguments));
        Assert.Equal(16_000, request.SampleRate);
        Assert.Null(request.SongId);
        var ended = Assert.IsType<InvocationMessage>(ParseOnHost(end));
        Assert.Equal(("endSession", "-2", -2), (ended.Target, ended.InvocationId, endId));
        Assert.Empty(ended.Arguments);
    }

    [Fact]
    public void The_hosts_answer_to_a_streamed_chunk_gives_its_stream_and_the_chunks_sequence()
    {
        var answer = WriteOnHost(new StreamItemMessage("-3", new ChunkResult
        {
            Sequence = 17,
            FirstFrame = 64,
            HopSeconds = 0.01,
            FrequencyHz = [220, 221, 0, 223.5f],
            Confidence = [0.9f, 0.8f, 0, 0.95f],
            LevelDb = [-20, -21, -60, -19],
            Score = 12.5,
        }));

        Assert.True(HubWire.TryRead(answer, out var reply, out var consumed));

        Assert.Equal(answer.Length, consumed);
        Assert.Equal(new HubReply(HubReplyKind.StreamItem, -3, null, 17), reply);
    }

    [Fact]
    public void A_refused_chunks_answer_gives_its_sequence_and_the_hubs_error_and_its_code()
    {
        var answer = WriteOnHost(new StreamItemMessage("-3", new ChunkResult
        {
            Sequence = 9,
            Error = "[SampleRateMismatch] The chunk says 44100 Hz, but this take is recorded at 16000 Hz.",
        }));

        Assert.True(HubWire.TryRead(answer, out var reply, out _));

        Assert.Equal((HubReplyKind.StreamItem, -3, 9L), (reply.Kind, reply.InvocationId, reply.Sequence));
        Assert.Equal("[SampleRateMismatch]", LoadErrors.KindOf(reply.Error!));
    }

    [Fact]
    public void The_echo_hubs_streamed_answer_gives_its_sequence_too()
    {
        var answer = WriteOnHost(new StreamItemMessage("-3", new EchoResult { Sequence = 3, Rms = 0.25 }));

        Assert.True(HubWire.TryRead(answer, out var reply, out _));

        Assert.Equal(new HubReply(HubReplyKind.StreamItem, -3, null, 3), reply);
    }

    [Fact]
    public void Reading_an_accepted_chunks_answer_allocates_nothing()
    {
        var answer = WriteOnHost(new StreamItemMessage("-3", new ChunkResult { Sequence = 5, FrequencyHz = [220, 221] }));
        HubWire.TryRead(answer, out _, out _); // compiled before it is measured

        var before = GC.GetAllocatedBytesForCurrentThread();
        HubWire.TryRead(answer, out var reply, out _);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(5, reply.Sequence);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void The_end_of_the_hosts_stream_reads_as_its_completion_with_or_without_an_error()
    {
        Assert.True(HubWire.TryRead(WriteOnHost(CompletionMessage.Empty("-3")), out var ended, out _));
        Assert.True(HubWire.TryRead(WriteOnHost(CompletionMessage.WithError("-3", "[SessionHostLost] The host that held this take went away.")), out var failed, out _));

        Assert.Equal(new HubReply(HubReplyKind.Completion, -3, null, null), ended);
        Assert.Equal((HubReplyKind.Completion, -3), (failed.Kind, failed.InvocationId));
        Assert.Equal("[SessionHostLost]", LoadErrors.KindOf(failed.Error!));
    }

    [Fact]
    public void A_refused_call_gives_the_hubs_error_and_its_code()
    {
        var answer = WriteOnHost(CompletionMessage.WithError("-1", "[SampleRateMismatch] This take is recorded at 16000 Hz."));

        Assert.True(HubWire.TryRead(answer, out var reply, out _));

        Assert.Equal(HubReplyKind.Completion, reply.Kind);
        Assert.Equal(-1, reply.InvocationId);
        Assert.Null(reply.Sequence);
        Assert.Equal("[SampleRateMismatch]", LoadErrors.KindOf(reply.Error!));
    }

    [Fact]
    public void A_calls_answer_gives_the_call_whatever_its_result_and_no_sequence()
    {
        Assert.True(HubWire.TryRead(WriteOnHost(CompletionMessage.Empty("-2")), out var voidReply, out _));
        Assert.True(HubWire.TryRead(WriteOnHost(CompletionMessage.WithResult("-1", new EchoResult { Sequence = 4 })), out var mapReply, out _));
        Assert.True(HubWire.TryRead(WriteOnHost(new StreamItemMessage("-3", new[] { 1, 2, 3 })), out var listItem, out _));

        Assert.Equal(new HubReply(HubReplyKind.Completion, -2, null, null), voidReply);
        Assert.Equal(new HubReply(HubReplyKind.Completion, -1, null, null), mapReply);
        Assert.Equal(new HubReply(HubReplyKind.StreamItem, -3, null, null), listItem);
    }

    [Fact]
    public void Pings_closes_and_the_hosts_own_invocations_are_told_apart()
    {
        Assert.True(HubWire.TryRead(WriteOnHost(PingMessage.Instance), out var ping, out _));
        Assert.True(HubWire.TryRead(WriteOnHost(new CloseMessage("Server timeout elapsed.", allowReconnect: false)), out var close, out _));
        Assert.True(HubWire.TryRead(WriteOnHost(new InvocationMessage("boardChanged", ["song-1"])), out var pushed, out _));

        Assert.Equal(HubReplyKind.Ping, ping.Kind);
        Assert.Equal((HubReplyKind.Close, "Server timeout elapsed."), (close.Kind, close.Error));
        Assert.Equal(HubReplyKind.Other, pushed.Kind);
    }

    [Fact]
    public void A_buffer_is_read_message_by_message_and_a_partial_one_waits_for_its_rest()
    {
        var first = WriteOnHost(new StreamItemMessage("-3", new EchoResult { Sequence = 5 }));
        var second = WriteOnHost(new StreamItemMessage("-3", new EchoResult { Sequence = 6 }));
        var third = WriteOnHost(new StreamItemMessage("-3", new EchoResult { Sequence = 7 }));
        byte[] received = [.. first, .. second, .. third.AsSpan(0, third.Length - 1)];

        var sequences = new List<long?>();
        var at = 0;
        while (HubWire.TryRead(received.AsMemory(at), out var reply, out var used))
        {
            sequences.Add(reply.Sequence);
            at += used;
        }

        Assert.Equal([5L, 6L], sequences);
        Assert.Equal(first.Length + second.Length, at);
        Assert.False(HubWire.TryRead(received.AsMemory(0, 1), out _, out _)); // only the start of a size prefix
        Assert.False(HubWire.TryRead(ReadOnlyMemory<byte>.Empty, out _, out _));
    }

    [Fact]
    public void Bytes_that_are_not_a_hub_message_are_refused_clearly()
    {
        byte[] notMessagePack = [3, 0xc1, 0xc1, 0xc1];
        byte[] endlessPrefix = [0x80, 0x80, 0x80, 0x80, 0x80, 0x80];

        Assert.Throws<InvalidDataException>(() => HubWire.TryRead(notMessagePack, out _, out _));
        Assert.Throws<InvalidDataException>(() => HubWire.TryRead(endlessPrefix, out _, out _));
    }

    private static HubMessage ParseOnHost(ReadOnlyMemory<byte> message)
    {
        var input = new ReadOnlySequence<byte>(message);
        Assert.True(HostProtocol.TryParseMessage(ref input, new SingKingHubs(), out var parsed));
        Assert.True(input.IsEmpty, "The message is longer than its size prefix says.");
        return parsed!;
    }

    private static byte[] WriteOnHost(HubMessage message) => HostProtocol.GetMessageBytes(message).ToArray();

    // The host's parameter types for the calls the load tool makes. A client stream is no argument: streamChunks takes
    // none, and its stream's items are the host's AudioChunk.
    private sealed class SingKingHubs : IInvocationBinder
    {
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => methodName switch
        {
            "streamChunks" => [],
            "startSession" => [typeof(StartSessionRequest)],
            "endSession" => [],
            _ => throw new InvalidOperationException("No such call: " + methodName),
        };

        public Type GetReturnType(string invocationId) => throw new InvalidOperationException("The host makes no calls with results here.");

        public Type GetStreamItemType(string streamId) => streamId == "1"
            ? typeof(AudioChunk)
            : throw new InvalidOperationException("No such stream: " + streamId);
    }
}
