using System.Buffers.Binary;

namespace SingKing.Dsp.Audio;

/// <summary>
/// Streams a WAV file's samples as mono floats in [−1, 1] (channels averaged). Reads PCM 16/24-bit and
/// float32, 8–48 kHz; anything else throws <see cref="AudioFormatException"/> with a one-line reason.
/// </summary>
/// <remarks>
/// The stream is read forwards only, so pipes and network streams work. Unknown chunks before the
/// samples (LIST, fact, bext…) are skipped. A <c>data</c> size of 0 or 0xFFFFFFFF, as left by writers
/// that stream and never come back to patch the header, means "until the end of the stream".
/// A partial sample frame at the end of a truncated file is ignored. Float samples are passed on as they
/// are, including peaks beyond ±1, except NaN and infinity, which read as 0.
/// </remarks>
public sealed class WavReader : IDisposable
{
    /// <summary>Lowest sample rate accepted, in Hz.</summary>
    public const int MinSampleRate = 8_000;

    /// <summary>Highest sample rate accepted, in Hz.</summary>
    public const int MaxSampleRate = 48_000;

    private const ushort FormatPcm = 1;
    private const ushort FormatFloat = 3;
    private const ushort FormatExtensible = 0xFFFE;

    // Bytes read from the stream at a time: large enough to amortise the call, small enough for the L1/L2 cache.
    private const int BufferBytes = 16_384;

    // More channels than any recording setup a singer uses; also keeps the 24-bit channel sum inside an int.
    private const int MaxChannels = 64;

    // Bytes 2..15 of every KSDATAFORMAT_SUBTYPE_* GUID derived from a WAVE format tag
    // (xxxxxxxx-0000-0010-8000-00AA00389B71); the tag is in bytes 0..1.
    private static ReadOnlySpan<byte> SubtypeGuidTail =>
        [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly byte[] _buffer;
    private readonly float _channelScale;
    private long _remainingBytes; // long.MaxValue when the data runs to the end of the stream
    private bool _ended;
    private bool _disposed;

    /// <summary>Reads the header from <paramref name="stream"/>; throws <see cref="AudioFormatException"/> if it is not a supported WAV.</summary>
    /// <param name="stream">The WAV file, positioned at its first byte.</param>
    /// <param name="leaveOpen">True to leave <paramref name="stream"/> open when the reader is disposed.</param>
    public WavReader(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;

        long dataBytes;
        try
        {
            (Format, dataBytes) = ReadHeader(stream);
        }
        catch when (!leaveOpen)
        {
            // The reader owns the stream from the start, so a file it refuses is closed, not leaked.
            stream.Dispose();
            throw;
        }
        int blockAlign = Format.BlockAlign;
        bool toEndOfStream = dataBytes is 0 or 0xFFFF_FFFF;
        _remainingBytes = toEndOfStream ? long.MaxValue : dataBytes;

        long available = _remainingBytes;
        if (stream.CanSeek)
            available = Math.Min(available, Math.Max(0, stream.Length - stream.Position));
        FrameCount = available == long.MaxValue ? -1 : available / blockAlign;

        _buffer = new byte[Math.Max(1, BufferBytes / blockAlign) * blockAlign];
        _channelScale = 1f / Format.Channels;
    }

    /// <summary>The file's format.</summary>
    public WavFormat Format { get; }

    /// <summary>
    /// Sample frames in the file (per channel), or −1 when the header leaves the length open and the
    /// stream cannot tell its length. When the header promises more than a seekable stream holds, this is
    /// what the stream holds.
    /// </summary>
    public long FrameCount { get; }

    /// <summary>Reads up to <c>destination.Length</c> mono samples; returns how many, 0 at the end.</summary>
    /// <remarks>Returns fewer than asked only at the end of the data.</remarks>
    public int Read(Span<float> destination)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int blockAlign = Format.BlockAlign;
        int total = 0;
        while (!_ended && total < destination.Length)
        {
            long framesLeft = _remainingBytes / blockAlign;
            int frames = (int)Math.Min(Math.Min(destination.Length - total, _buffer.Length / blockAlign), framesLeft);
            if (frames == 0)
            {
                _ended = true;
                break;
            }

            int wanted = frames * blockAlign;
            int got = _stream.ReadAtLeast(_buffer.AsSpan(0, wanted), wanted, throwOnEndOfStream: false);
            if (got < wanted)
                _ended = true; // a truncated file: keep whole frames, drop a partial one
            if (_remainingBytes != long.MaxValue)
                _remainingBytes -= got;

            int complete = got / blockAlign;
            Convert(_buffer.AsSpan(0, complete * blockAlign), destination.Slice(total, complete));
            total += complete;
        }
        return total;
    }

    /// <summary>Reads a whole WAV stream into memory as mono floats.</summary>
    /// <param name="stream">The WAV file; it is left open.</param>
    /// <param name="format">The file's format.</param>
    public static float[] ReadAll(Stream stream, out WavFormat format)
    {
        using var reader = new WavReader(stream, leaveOpen: true);
        format = reader.Format;
        var samples = new float[reader.FrameCount >= 0 ? reader.FrameCount : 1 << 16];
        int count = 0;
        while (true)
        {
            if (count == samples.Length)
                Array.Resize(ref samples, checked(samples.Length * 2));
            int n = reader.Read(samples.AsSpan(count));
            if (n == 0)
                break;
            count += n;
        }
        if (count != samples.Length)
            Array.Resize(ref samples, count);
        return samples;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (!_leaveOpen)
            _stream.Dispose();
    }

    private void Convert(ReadOnlySpan<byte> bytes, Span<float> mono)
    {
        int channels = Format.Channels;
        switch (Format.BitsPerSample, Format.Encoding)
        {
            case (16, WavEncoding.Pcm):
                if (channels == 1)
                {
                    for (int i = 0; i < mono.Length; i++)
                        mono[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes[(2 * i)..]) * (1f / 32768f);
                }
                else
                {
                    for (int i = 0, p = 0; i < mono.Length; i++)
                    {
                        int sum = 0;
                        for (int c = 0; c < channels; c++, p += 2)
                            sum += BinaryPrimitives.ReadInt16LittleEndian(bytes[p..]);
                        mono[i] = sum * (_channelScale / 32768f);
                    }
                }
                break;

            case (24, WavEncoding.Pcm):
                for (int i = 0, p = 0; i < mono.Length; i++)
                {
                    int sum = 0;
                    for (int c = 0; c < channels; c++, p += 3)
                        sum += bytes[p] | (bytes[p + 1] << 8) | ((sbyte)bytes[p + 2] << 16);
                    mono[i] = sum * (_channelScale / 8388608f);
                }
                break;

            case (32, WavEncoding.Float):
                for (int i = 0, p = 0; i < mono.Length; i++)
                {
                    float sum = 0;
                    for (int c = 0; c < channels; c++, p += 4)
                        sum += BinaryPrimitives.ReadSingleLittleEndian(bytes[p..]);
                    // One NaN or infinity from a broken editor would otherwise poison every window that
                    // holds it; silence is the honest stand-in.
                    mono[i] = float.IsFinite(sum) ? sum * _channelScale : 0f;
                }
                break;

            default:
                throw new InvalidOperationException($"No converter for {Format}.");
        }
    }

    private static (WavFormat Format, long DataBytes) ReadHeader(Stream stream)
    {
        Span<byte> riff = stackalloc byte[12];
        int got = stream.ReadAtLeast(riff, riff.Length, throwOnEndOfStream: false);
        if (got < 4 || !riff[..4].SequenceEqual("RIFF"u8))
        {
            if (got >= 4 && riff[..4].SequenceEqual("RF64"u8))
                throw new AudioFormatException("Unsupported RF64 file: SingKing reads RIFF/WAVE files under 4 GB.");
            throw new AudioFormatException("Not a WAV file: it does not start with a RIFF header.");
        }
        if (got < riff.Length)
            throw new AudioFormatException("Truncated WAV header: the file ends inside the RIFF header.");
        if (!riff[8..12].SequenceEqual("WAVE"u8))
            throw new AudioFormatException("Not a WAV file: the RIFF file is not of type WAVE.");

        WavFormat? format = null;
        Span<byte> chunkHeader = stackalloc byte[8];
        while (true)
        {
            got = stream.ReadAtLeast(chunkHeader, chunkHeader.Length, throwOnEndOfStream: false);
            if (got == 0)
                throw new AudioFormatException(format is null
                    ? "Broken WAV file: no 'fmt ' chunk before the end of the file."
                    : "Broken WAV file: no 'data' chunk, so there is no audio.");
            if (got < chunkHeader.Length)
                throw new AudioFormatException("Truncated WAV header: the file ends inside a chunk header.");

            ReadOnlySpan<byte> id = chunkHeader[..4];
            uint size = BinaryPrimitives.ReadUInt32LittleEndian(chunkHeader[4..]);

            if (id.SequenceEqual("fmt "u8))
            {
                if (format is not null)
                    throw new AudioFormatException("Broken WAV file: it has two 'fmt ' chunks.");
                format = ReadFormatChunk(stream, size);
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format is null)
                    throw new AudioFormatException("Broken WAV file: the 'data' chunk comes before the 'fmt ' chunk.");
                return (format, size);
            }
            else
            {
                Skip(stream, size + (size & 1));
            }
        }
    }

    private static WavFormat ReadFormatChunk(Stream stream, uint size)
    {
        if (size < 16)
            throw new AudioFormatException($"Broken WAV file: the 'fmt ' chunk is {size} bytes, shorter than the 16 it needs.");
        if (size > 1024)
            throw new AudioFormatException($"Broken WAV file: the 'fmt ' chunk is {size} bytes, longer than any known format.");

        Span<byte> fmt = stackalloc byte[(int)size + (int)(size & 1)];
        if (stream.ReadAtLeast(fmt, fmt.Length, throwOnEndOfStream: false) < fmt.Length)
            throw new AudioFormatException("Truncated WAV header: the file ends inside the 'fmt ' chunk.");

        ushort tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        int channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
        uint sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(fmt[4..]);
        int blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(fmt[12..]);
        int bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);

        if (tag == FormatExtensible)
        {
            if (size < 40)
                throw new AudioFormatException($"Broken WAV file: a WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk needs 40 bytes, this one has {size}.");
            ReadOnlySpan<byte> subtype = fmt.Slice(24, 16);
            if (!subtype[2..].SequenceEqual(SubtypeGuidTail))
                throw new AudioFormatException("Unsupported WAV encoding: the extensible format's subtype is not PCM or IEEE float.");
            tag = BinaryPrimitives.ReadUInt16LittleEndian(subtype);
        }

        WavEncoding encoding = tag switch
        {
            FormatPcm => WavEncoding.Pcm,
            FormatFloat => WavEncoding.Float,
            _ => throw new AudioFormatException(
                $"Unsupported WAV encoding{EncodingName(tag)} (format 0x{tag:X4}): SingKing reads 16/24-bit PCM and 32-bit float."),
        };

        if (encoding == WavEncoding.Pcm && bits is not (16 or 24))
            throw new AudioFormatException($"Unsupported {bits}-bit PCM: SingKing reads 16- or 24-bit PCM and 32-bit float.");
        if (encoding == WavEncoding.Float && bits != 32)
            throw new AudioFormatException($"Unsupported {bits}-bit float: SingKing reads 32-bit float and 16- or 24-bit PCM.");
        if (channels == 0)
            throw new AudioFormatException("Broken WAV file: the header declares 0 channels.");
        if (channels > MaxChannels)
            throw new AudioFormatException($"Unsupported {channels} channels: SingKing reads up to {MaxChannels}.");
        if (sampleRate is < MinSampleRate or > MaxSampleRate)
            throw new AudioFormatException($"Unsupported sample rate {sampleRate} Hz: SingKing reads 8–48 kHz.");

        var format = new WavFormat((int)sampleRate, channels, bits, encoding);
        if (blockAlign != format.BlockAlign)
            throw new AudioFormatException(
                $"Broken WAV file: the header says {blockAlign} bytes per frame, but {channels} × {bits}-bit samples take {format.BlockAlign}.");
        return format;
    }

    private static string EncodingName(ushort tag) => tag switch
    {
        2 => " Microsoft ADPCM",
        6 => " A-law",
        7 => " µ-law",
        0x11 => " IMA ADPCM",
        0x31 => " GSM 6.10",
        0x55 => " MP3",
        _ => "",
    };

    private static void Skip(Stream stream, long bytes)
    {
        if (stream.CanSeek)
        {
            // Seeking past the end succeeds silently; the next chunk header read then reports the end.
            stream.Seek(bytes, SeekOrigin.Current);
            return;
        }
        Span<byte> sink = stackalloc byte[512];
        while (bytes > 0)
        {
            int n = stream.Read(sink[..(int)Math.Min(bytes, sink.Length)]);
            if (n == 0)
                return;
            bytes -= n;
        }
    }
}
