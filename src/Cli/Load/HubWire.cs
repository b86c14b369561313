using System.Buffers;
using System.Buffers.Text;
using MessagePack;

namespace SingKing.Cli.Load;

/// <summary>
/// The SignalR hub protocol in its MessagePack encoding, as much of it as a simulated singer speaks: the handshake,
/// the invocations and the stream of chunks it sends, and the stream items, completions, pings and close it reads.
/// Each message is a variable-length size prefix and a MessagePack array; reading and writing need no allocation per
/// chunk, so the load tool spends the machine's CPU on the wire, not on itself.
/// </summary>
/// <remarks>
/// Invocation and stream ids are the decimal text of an integer: negative numbers for the tool's few calls, so an
/// answer names its call without a lookup. A take's chunks go up one client stream of <c>streamChunks</c>, as the page
/// sends them; each answer comes back as an item of the host's stream and names its chunk by <c>sequence</c>.
/// </remarks>
internal static class HubWire
{
    /// <summary>What the client says first, as the page's client does: MessagePack, protocol version 1, then the record separator.</summary>
    public static ReadOnlySpan<byte> Handshake => "{\"protocol\":\"messagepack\",\"version\":1}\u001e"u8;

    /// <summary>A ping, size prefix included: <c>[6]</c>.</summary>
    public static ReadOnlyMemory<byte> Ping { get; } = new byte[] { 2, 0x91, PingType };

    /// <summary>Ends the handshake's JSON, both ways.</summary>
    public const byte RecordSeparator = 0x1e;

    private const int InvocationType = 1;
    private const int StreamItemType = 2;
    private const int CompletionType = 3;
    private const int StreamInvocationType = 4;
    private const int PingType = 6;
    private const int CloseType = 7;

    private const int ErrorResult = 1;
    private const int VoidResult = 2;

    // A size prefix is at most five bytes of seven bits each (messages up to 2 GB).
    private const int MaxSizePrefixBytes = 5;

    /// <summary>
    /// Opens <c>streamChunks</c>, as the page does once its take is started: a stream invocation with no arguments
    /// whose one client stream, <paramref name="streamId"/>, will carry the chunks (<see cref="WriteChunkItem"/>). The
    /// host answers on <paramref name="invocationId"/>: one stream item per chunk, then a completion once the client's
    /// stream is complete (<see cref="WriteStreamComplete"/>).
    /// </summary>
    public static (int InvocationId, ReadOnlyMemory<byte> Message) WriteStreamChunks(HubMessageBuffer message, int invocationId, int streamId)
    {
        var writer = BeginInvocation(message, StreamInvocationType, invocationId, "streamChunks", argumentCount: 0);
        writer.WriteArrayHeader(1);
        WriteId(ref writer, message, streamId);
        return (invocationId, Finish(message, ref writer));
    }

    /// <summary>
    /// Chunk <paramref name="sequence"/> as an item of client stream <paramref name="streamId"/>: a map with the keys
    /// of the host's <c>AudioChunk</c>, as the page sends it. A chunk of a take sung to a song carries its song time
    /// (<paramref name="songSeconds"/>), as the karaoke page's do. Returns the message to send.
    /// </summary>
    public static ReadOnlyMemory<byte> WriteChunkItem(HubMessageBuffer message, int streamId, int sequence, int sampleRate, ReadOnlySpan<byte> pcm, double? songSeconds = null)
    {
        // [2, headers, stream id, item]
        var writer = BeginMessage(message, fields: 4, StreamItemType, streamId);
        writer.WriteMapHeader(songSeconds is null ? 3 : 4);
        writer.Write("sequence");
        writer.Write(sequence);
        writer.Write("sampleRate");
        writer.Write(sampleRate);
        writer.Write("pcm");
        writer.Write(pcm);
        if (songSeconds is { } seconds)
        {
            writer.Write("songSeconds");
            writer.Write(seconds);
        }

        return Finish(message, ref writer);
    }

    /// <summary>
    /// Completes client stream <paramref name="streamId"/>: the take has no more chunks. A completion without a result,
    /// <c>[3, headers, stream id, 2]</c>, as the page's client sends it.
    /// </summary>
    public static ReadOnlyMemory<byte> WriteStreamComplete(HubMessageBuffer message, int streamId)
    {
        var writer = BeginMessage(message, fields: 4, CompletionType, streamId);
        writer.Write(VoidResult);
        return Finish(message, ref writer);
    }

    /// <summary>
    /// <c>startSession</c> at <paramref name="sampleRate"/>, as the page sends it: a live-pitch take, or with
    /// <paramref name="songId"/> a karaoke take of that song.
    /// </summary>
    public static (int InvocationId, ReadOnlyMemory<byte> Message) WriteStartSession(HubMessageBuffer message, int invocationId, int sampleRate, string? songId = null)
    {
        var writer = BeginInvocation(message, InvocationType, invocationId, "startSession", argumentCount: 1);
        writer.WriteMapHeader(songId is null ? 1 : 2);
        writer.Write("sampleRate");
        writer.Write(sampleRate);
        if (songId is not null)
        {
            writer.Write("songId");
            writer.Write(songId);
        }

        return (invocationId, EndInvocation(message, ref writer));
    }

    /// <summary><c>endSession</c>, which takes no arguments.</summary>
    public static (int InvocationId, ReadOnlyMemory<byte> Message) WriteEndSession(HubMessageBuffer message, int invocationId)
    {
        var writer = BeginInvocation(message, InvocationType, invocationId, "endSession", argumentCount: 0);
        return (invocationId, EndInvocation(message, ref writer));
    }

    // [type, headers, invocation id, target, [arguments…], [stream ids]] for an invocation (1) or a stream invocation
    // (4): the arguments come between the two calls, or the stream ids after this one.
    private static MessagePackWriter BeginInvocation(HubMessageBuffer message, int type, int invocationId, string target, int argumentCount)
    {
        var writer = BeginMessage(message, fields: 6, type, invocationId);
        writer.Write(target);
        writer.WriteArrayHeader(argumentCount);
        return writer;
    }

    private static ReadOnlyMemory<byte> EndInvocation(HubMessageBuffer message, ref MessagePackWriter writer)
    {
        writer.WriteArrayHeader(0);
        return Finish(message, ref writer);
    }

    // [type, headers, id, …] with no headers: the start every message the tool sends shares (fields counts them all).
    private static MessagePackWriter BeginMessage(HubMessageBuffer message, int fields, int type, int id)
    {
        var writer = new MessagePackWriter(message.Payload);
        writer.WriteArrayHeader(fields);
        writer.Write(type);
        writer.WriteMapHeader(0);
        WriteId(ref writer, message, id);
        return writer;
    }

    private static ReadOnlyMemory<byte> Finish(HubMessageBuffer message, ref MessagePackWriter writer)
    {
        writer.Flush();
        return message.Frame();
    }

    // Invocation and stream ids are strings on the wire; the tool's are the decimal text of an integer.
    private static void WriteId(ref MessagePackWriter writer, HubMessageBuffer message, int id)
    {
        var digits = message.InvocationId;
        Utf8Formatter.TryFormat(id, digits, out var length);
        writer.WriteString(digits.AsSpan(0, length));
    }

    /// <summary>
    /// Reads the first whole message of <paramref name="buffer"/>. False when the buffer does not yet hold a whole
    /// message (wait for more bytes); otherwise <paramref name="consumed"/> bytes were read into <paramref name="reply"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a hub message.</exception>
    public static bool TryRead(ReadOnlyMemory<byte> buffer, out HubReply reply, out int consumed)
    {
        reply = default;
        consumed = 0;
        var span = buffer.Span;
        long size = 0;
        var prefix = 0;
        while (true)
        {
            if (prefix == span.Length)
                return false;
            if (prefix == MaxSizePrefixBytes)
                throw new InvalidDataException("A hub message's size prefix runs past five bytes.");
            var b = span[prefix];
            size |= (long)(b & 0x7f) << (7 * prefix);
            prefix++;
            if ((b & 0x80) == 0)
                break;
        }

        if (size > int.MaxValue)
            throw new InvalidDataException("A hub message is larger than 2 GB.");
        if (span.Length - prefix < size)
            return false;
        consumed = prefix + (int)size;
        try
        {
            reply = Parse(buffer.Slice(prefix, (int)size));
        }
        catch (MessagePackSerializationException error)
        {
            throw new InvalidDataException("A hub message is not the MessagePack the protocol expects: " + error.Message, error);
        }

        return true;
    }

    private static HubReply Parse(ReadOnlyMemory<byte> payload)
    {
        var reader = new MessagePackReader(payload);
        reader.ReadArrayHeader();
        var type = reader.ReadInt32();
        switch (type)
        {
            case StreamItemType:
            {
                reader.Skip(); // headers
                var id = ReadInvocationId(ref reader);
                var (sequence, error) = ReadAnswer(ref reader);
                return new HubReply(HubReplyKind.StreamItem, id, error, sequence);
            }

            case CompletionType:
            {
                reader.Skip(); // headers
                var id = ReadInvocationId(ref reader);
                // A result, if any, is not read: what the tool needs of its calls is whether they failed.
                var error = reader.ReadInt32() == ErrorResult ? reader.ReadString() : null;
                return new HubReply(HubReplyKind.Completion, id, error, Sequence: null);
            }

            case PingType:
                return new HubReply(HubReplyKind.Ping, null, null, null);
            case CloseType:
                return new HubReply(HubReplyKind.Close, null, reader.TryReadNil() ? null : reader.ReadString(), null);
            case InvocationType:
            default:
                // Messages the host pushes (boards, save notices) and any newer kinds: nothing the load tool answers.
                return new HubReply(HubReplyKind.Other, null, null, null);
        }
    }

    // A chunk's answer: its sequence and error keys, when it is a map with them; every other key is skipped, and so is
    // a nil error. Only a refusal's error allocates (a string), so the answers of a healthy take cost no garbage.
    private static (long? Sequence, string? Error) ReadAnswer(ref MessagePackReader reader)
    {
        if (reader.NextMessagePackType != MessagePackType.Map)
        {
            reader.Skip();
            return (null, null);
        }

        long? sequence = null;
        string? error = null;
        var keys = reader.ReadMapHeader();
        for (var k = 0; k < keys; k++)
        {
            // The reader reads one contiguous buffer, so a key is one span.
            ReadOnlySpan<byte> key = default;
            if (reader.NextMessagePackType == MessagePackType.String)
                key = reader.ReadStringSequence() is { } text ? text.FirstSpan : default;
            else
                reader.Skip();
            if (key.SequenceEqual("sequence"u8))
                sequence = reader.ReadInt64();
            else if (key.SequenceEqual("error"u8) && reader.NextMessagePackType == MessagePackType.String)
                error = reader.ReadString();
            else
                reader.Skip();
        }

        return (sequence, error);
    }

    private static int? ReadInvocationId(ref MessagePackReader reader)
    {
        if (reader.TryReadNil())
            return null;
        var text = reader.ReadStringSequence() ?? default;
        Span<byte> id = stackalloc byte[16];
        if (text.Length > id.Length)
            return null;
        text.CopyTo(id);
        return Utf8Parser.TryParse(id[..(int)text.Length], out int value, out var used) && used == text.Length ? value : null;
    }
}

/// <summary>What a hub message said, as far as the load tool cares.</summary>
/// <param name="Kind">Which kind of message it was.</param>
/// <param name="InvocationId">
/// The invocation a completion answers or a stream item belongs to, when its id is one the tool writes (an integer).
/// </param>
/// <param name="Error">
/// A completion's error, the <c>error</c> key of a stream item (why the host refused that chunk), or the reason the
/// host gave for closing.
/// </param>
/// <param name="Sequence">The <c>sequence</c> key of a stream item, when it has one.</param>
internal readonly record struct HubReply(HubReplyKind Kind, int? InvocationId, string? Error, long? Sequence);

/// <summary>Kinds of hub message the load tool tells apart.</summary>
internal enum HubReplyKind
{
    /// <summary>Anything the tool ignores.</summary>
    Other,

    /// <summary>The answer to an invocation, or the end of the host's stream.</summary>
    Completion,

    /// <summary>One item of the host's stream: the answer to one streamed chunk.</summary>
    StreamItem,

    /// <summary>The host's keep-alive.</summary>
    Ping,

    /// <summary>The host is closing the connection.</summary>
    Close,
}

/// <summary>Where one outgoing message is put together; reused for every message of a connection.</summary>
internal sealed class HubMessageBuffer
{
    private readonly ArrayBufferWriter<byte> _payload = new(2048);
    private readonly ArrayBufferWriter<byte> _message = new(2048);

    /// <summary>Room for an invocation or stream id's digits.</summary>
    public byte[] InvocationId { get; } = new byte[11];

    /// <summary>The message's MessagePack, emptied for the next message.</summary>
    public IBufferWriter<byte> Payload
    {
        get
        {
            _payload.ResetWrittenCount();
            return _payload;
        }
    }

    /// <summary>The payload with its size prefix in front: the bytes to send.</summary>
    public ReadOnlyMemory<byte> Frame()
    {
        _message.ResetWrittenCount();
        var prefix = _message.GetSpan(5);
        var length = 0;
        for (var size = (uint)_payload.WrittenCount; ; size >>= 7)
        {
            prefix[length++] = (byte)(size >= 0x80 ? (size & 0x7f) | 0x80 : size);
            if (size < 0x80)
                break;
        }

        _message.Advance(length);
        _message.Write(_payload.WrittenSpan);
        return _message.WrittenMemory;
    }
}
