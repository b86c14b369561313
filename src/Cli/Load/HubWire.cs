using System.Buffers;
using System.Buffers.Text;
using MessagePack;

namespace SingKing.Cli.Load;

/// <summary>
/// The SignalR hub protocol in its MessagePack encoding, as much of it as a simulated singer speaks: the handshake,
/// invocations it sends, and the completions, pings and close it reads. Each message is a variable-length size
/// prefix and a MessagePack array; reading and writing need no allocation per chunk, so the load tool spends the
/// machine's CPU on the wire, not on itself.
/// </summary>
/// <remarks>
/// Invocation ids are the decimal text of an integer: a chunk's index for <c>sendChunk</c>, negative numbers for the
/// few other calls, so an answer names its chunk without a lookup.
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
    private const int CompletionType = 3;
    private const int PingType = 6;
    private const int CloseType = 7;

    private const int ErrorResult = 1;
    private const int NonVoidResult = 3;

    // A size prefix is at most five bytes of seven bits each (messages up to 2 GB).
    private const int MaxSizePrefixBytes = 5;

    /// <summary>
    /// <c>sendChunk</c> with chunk <paramref name="sequence"/>: the argument is a map with the keys of the host's
    /// <c>AudioChunk</c>, as the page sends it; the invocation id is the sequence. A chunk of a take sung to a song carries
    /// its song time (<paramref name="songSeconds"/>), as the karaoke page's do. Returns the message to send.
    /// </summary>
    public static ReadOnlyMemory<byte> WriteSendChunk(HubMessageBuffer message, int sequence, int sampleRate, ReadOnlySpan<byte> pcm, double? songSeconds = null)
    {
        var writer = BeginInvocation(message, sequence, "sendChunk", argumentCount: 1);
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

        return EndInvocation(message, ref writer);
    }

    /// <summary>
    /// <c>startSession</c> at <paramref name="sampleRate"/>, as the page sends it: a live-pitch take, or with
    /// <paramref name="songId"/> a karaoke take of that song.
    /// </summary>
    public static (int InvocationId, ReadOnlyMemory<byte> Message) WriteStartSession(HubMessageBuffer message, int invocationId, int sampleRate, string? songId = null)
    {
        var writer = BeginInvocation(message, invocationId, "startSession", argumentCount: 1);
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
        var writer = BeginInvocation(message, invocationId, "endSession", argumentCount: 0);
        return (invocationId, EndInvocation(message, ref writer));
    }

    // [1, headers, invocation id, target, [arguments…], [stream ids]]: the arguments come between the two calls.
    private static MessagePackWriter BeginInvocation(HubMessageBuffer message, int invocationId, string target, int argumentCount)
    {
        var writer = new MessagePackWriter(message.Payload);
        writer.WriteArrayHeader(6);
        writer.Write(InvocationType);
        writer.WriteMapHeader(0);
        var id = message.InvocationId;
        Utf8Formatter.TryFormat(invocationId, id, out var idLength);
        writer.WriteString(id.AsSpan(0, idLength));
        writer.Write(target);
        writer.WriteArrayHeader(argumentCount);
        return writer;
    }

    private static ReadOnlyMemory<byte> EndInvocation(HubMessageBuffer message, ref MessagePackWriter writer)
    {
        writer.WriteArrayHeader(0);
        writer.Flush();
        return message.Frame();
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
        var fields = reader.ReadArrayHeader();
        var type = reader.ReadInt32();
        switch (type)
        {
            case CompletionType:
            {
                reader.Skip(); // headers
                var id = ReadInvocationId(ref reader);
                var kind = reader.ReadInt32();
                if (kind == ErrorResult)
                    return new HubReply(HubReplyKind.Completion, id, reader.ReadString(), Sequence: null);
                long? sequence = null;
                if (kind == NonVoidResult && fields > 4 && reader.NextMessagePackType == MessagePackType.Map)
                {
                    var keys = reader.ReadMapHeader();
                    for (var k = 0; k < keys; k++)
                    {
                        // The reader reads one contiguous buffer, so a key is one span.
                        var isSequence = false;
                        if (reader.NextMessagePackType == MessagePackType.String)
                            isSequence = reader.ReadStringSequence() is { } key && key.FirstSpan.SequenceEqual("sequence"u8);
                        else
                            reader.Skip();
                        if (isSequence)
                            sequence = reader.ReadInt64();
                        else
                            reader.Skip();
                    }
                }

                return new HubReply(HubReplyKind.Completion, id, Error: null, sequence);
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
/// <param name="InvocationId">The invocation a completion answers, when its id is one the tool writes (an integer).</param>
/// <param name="Error">A completion's error, or the reason the host gave for closing.</param>
/// <param name="Sequence">The <c>sequence</c> key of a completion's result, when it has one.</param>
internal readonly record struct HubReply(HubReplyKind Kind, int? InvocationId, string? Error, long? Sequence);

/// <summary>Kinds of hub message the load tool tells apart.</summary>
internal enum HubReplyKind
{
    /// <summary>Anything the tool ignores.</summary>
    Other,

    /// <summary>The answer to an invocation.</summary>
    Completion,

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

    /// <summary>Room for an invocation id's digits.</summary>
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
