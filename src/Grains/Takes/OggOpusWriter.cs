using System.Buffers.Binary;
using Concentus;
using Concentus.Enums;

namespace SingKing.Grains.Takes;

/// <summary>
/// Writes mono 16-bit audio as an Ogg Opus file (RFC 7845), the compressed copy of a take that the report page plays
/// back: a voice take at 24 kbit/s is about a twelfth of its 16 kHz WAV, and every current browser plays it.
/// </summary>
/// <remarks>
/// The Opus frames come from Concentus; the Ogg pages are written here (RFC 3533), about one second of packets per
/// page. Granule positions count 48 kHz samples including the encoder's pre-skip, and the last page's granule marks
/// the exact end, so a player trims both the encoder's delay and the padding of the last frame: the decoded audio
/// has the take's length and starts at the take's time 0, which keeps replay in step with the pitch graph.
/// </remarks>
public sealed class OggOpusWriter : IDisposable
{
    /// <summary>Bit rate used unless told otherwise: transparent enough for a singing voice at 16 kHz.</summary>
    public const int DefaultBitrate = 24_000;

    private const int FrameMilliseconds = 20;
    private const int PacketsPerPage = 50;
    private const int MaxLacingValues = 255;
    private const int MaxPacketBytes = 1_275;

    private readonly Stream _output;
    private readonly IOpusEncoder _encoder;
    private readonly int _sampleRate;
    private readonly int _frameSamples;
    private readonly short[] _frame;
    private readonly byte[] _packet = new byte[MaxPacketBytes];
    private readonly List<byte[]> _pagePackets = [];
    private int _pageLacing;
    private readonly int _serial;
    private readonly int _preSkip48k;
    private int _frameFill;
    private long _inputSamples;
    private long _encodedSamples48k;
    private int _pageSequence;
    private bool _finished;

    /// <summary>Starts a file on <paramref name="output"/> for audio at <paramref name="sampleRate"/> Hz (8, 12, 16, 24 or 48 kHz).</summary>
    public OggOpusWriter(Stream output, int sampleRate, int bitrate = DefaultBitrate, int serial = 0x53_4B_54_4B)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (sampleRate is not (8_000 or 12_000 or 16_000 or 24_000 or 48_000))
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "Opus takes 8, 12, 16, 24 or 48 kHz.");
        _output = output;
        _sampleRate = sampleRate;
        _serial = serial;
        _frameSamples = sampleRate * FrameMilliseconds / 1000;
        _frame = new short[_frameSamples];
        _encoder = OpusCodecFactory.CreateEncoder(sampleRate, 1, OpusApplication.OPUS_APPLICATION_AUDIO, null);
        _encoder.Bitrate = bitrate;
        _encoder.SignalType = OpusSignal.OPUS_SIGNAL_MUSIC;
        _encoder.Complexity = 5;
        _preSkip48k = _encoder.Lookahead * (48_000 / sampleRate);

        WritePage(OpusHead(), granule: 0, headerType: 0x02);
        WritePage(OpusTags(), granule: 0, headerType: 0);
    }

    /// <summary>Appends samples; they are encoded 20 ms at a time.</summary>
    public void Write(ReadOnlySpan<short> samples)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _inputSamples += samples.Length;
        while (!samples.IsEmpty)
        {
            var take = Math.Min(samples.Length, _frameSamples - _frameFill);
            samples[..take].CopyTo(_frame.AsSpan(_frameFill));
            _frameFill += take;
            samples = samples[take..];
            if (_frameFill == _frameSamples)
                EncodeFrame();
        }
    }

    /// <summary>Encodes what is buffered (padded with silence) and the encoder's delay, and writes the last page.</summary>
    public void Finish()
    {
        if (_finished)
            return;
        // The encoder holds back its look-ahead: feed silence until every input sample is out.
        var needed48k = _preSkip48k + _inputSamples * (48_000 / _sampleRate);
        while (_frameFill > 0 || _encodedSamples48k < needed48k)
        {
            _frame.AsSpan(_frameFill).Clear();
            _frameFill = _frameSamples;
            EncodeFrame();
        }

        WritePage(_pagePackets, needed48k, headerType: 0x04);
        _pagePackets.Clear();
        _output.Flush();
        _finished = true;
    }

    /// <inheritdoc />
    public void Dispose() => Finish();

    private void EncodeFrame()
    {
        var length = _encoder.Encode(_frame, _frameSamples, _packet, _packet.Length);
        _frameFill = 0;
        var lacing = length / 255 + 1;
        // A page ends after its packets' last sample, so it is written before a packet that would not fit.
        if (_pagePackets.Count == PacketsPerPage || _pageLacing + lacing > MaxLacingValues)
        {
            WritePage(_pagePackets, _encodedSamples48k, headerType: 0);
            _pagePackets.Clear();
            _pageLacing = 0;
        }

        _encodedSamples48k += _frameSamples * (48_000 / _sampleRate);
        _pagePackets.Add(_packet.AsSpan(0, length).ToArray());
        _pageLacing += lacing;
    }

    private byte[] OpusHead()
    {
        var head = new byte[19];
        "OpusHead"u8.CopyTo(head);
        head[8] = 1; // version
        head[9] = 1; // channels
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(10), (ushort)_preSkip48k);
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(12), (uint)_sampleRate);
        // Output gain 0 and channel mapping family 0 (mono/stereo) stay zero.
        return head;
    }

    private static byte[] OpusTags()
    {
        var vendor = "SingKing"u8;
        var tags = new byte[8 + 4 + vendor.Length + 4];
        "OpusTags"u8.CopyTo(tags);
        BinaryPrimitives.WriteUInt32LittleEndian(tags.AsSpan(8), (uint)vendor.Length);
        vendor.CopyTo(tags.AsSpan(12));
        return tags; // no user comments
    }

    private void WritePage(byte[] packet, long granule, byte headerType) => WritePage([packet], granule, headerType);

    private void WritePage(List<byte[]> packets, long granule, byte headerType)
    {
        var lacing = new List<byte>();
        var bodyLength = 0;
        foreach (var packet in packets)
        {
            // A packet's length is written as 255s and a last value below 255 (0 when it is a multiple of 255).
            for (var left = packet.Length; ; left -= 255)
            {
                lacing.Add((byte)Math.Min(left, 255));
                if (left < 255)
                    break;
            }

            bodyLength += packet.Length;
        }

        if (lacing.Count > 255)
            throw new InvalidOperationException("An Ogg page holds at most 255 lacing values; write fewer packets per page.");

        var page = new byte[27 + lacing.Count + bodyLength];
        "OggS"u8.CopyTo(page);
        page[4] = 0; // stream structure version
        page[5] = headerType;
        BinaryPrimitives.WriteInt64LittleEndian(page.AsSpan(6), granule);
        BinaryPrimitives.WriteInt32LittleEndian(page.AsSpan(14), _serial);
        BinaryPrimitives.WriteInt32LittleEndian(page.AsSpan(18), _pageSequence++);
        page[26] = (byte)lacing.Count;
        lacing.CopyTo(page, 27);
        var offset = 27 + lacing.Count;
        foreach (var packet in packets)
        {
            packet.CopyTo(page, offset);
            offset += packet.Length;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(22), OggCrc.Compute(page));
        _output.Write(page);
    }
}
