using System.Text;
using System.Text.Unicode;

namespace SingKing.Dsp.Charts;

/// <summary>
/// Picks the encoding of a chart file. Order: a byte order mark (UTF-8, UTF-16); then a legacy
/// <c>#ENCODING</c> header; then strict UTF-8 when the bytes are valid UTF-8; else the more plausible of
/// code page 949 (Korean) and 1252 (Western).
/// </summary>
/// <remarks>
/// Why a plausibility vote rather than a guess by locale: both legacy encodings accept most byte strings, but
/// Korean lyrics in CP949 are runs of two-byte Hangul syllables from the KS X 1001 block (lead byte B0–C8,
/// trail byte A1–FE), while Western text in CP1252 puts isolated high bytes between ASCII letters, and those
/// bytes are letters (é, ñ, ü…) or typographic punctuation. Each candidate scores the share of its non-ASCII
/// characters that look like that; CP949 wins only when at least 90 % of them are KS X 1001 Hangul and it
/// scores no lower than CP1252.
/// </remarks>
internal static class ChartTextDecoder
{
    private const double MinimumHangulShare = 0.9;

    public static DecodedChart Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            // The mark settles the encoding; bytes that still are not UTF-8 are damage, not another encoding.
            List<ChartDiagnostic> markWarnings = IsValidUtf8(bytes[3..]) ? [] :
                [new(0, "the file starts with a UTF-8 byte order mark but contains bytes that are not UTF-8; they are shown as \uFFFD — save the file as UTF-8 again")];
            return DecodeUtf8(bytes[3..], markWarnings);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(Encoding.Unicode.GetString(bytes[2..]), ChartTextEncoding.Utf16, []);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), ChartTextEncoding.Utf16, []);

        var warnings = new List<ChartDiagnostic>();
        var declared = FindDeclaredEncoding(bytes, out var declaredLine, out var declaredName);
        bool validUtf8 = IsValidUtf8(bytes);
        switch (declared)
        {
            case ChartTextEncoding.Utf8 when validUtf8:
                return DecodeUtf8(bytes, warnings);
            case ChartTextEncoding.Utf8:
                warnings.Add(new(declaredLine,
                    $"the file declares #ENCODING:{declaredName} but is not valid UTF-8; it was read as " +
                    "a legacy code page instead; save it as UTF-8 and remove the #ENCODING line"));
                break;
            case { } legacy:
                if (validUtf8 && HasNonAscii(bytes))
                    warnings.Add(new(declaredLine,
                        $"the file declares #ENCODING:{declaredName} and was read that way, but it is also valid UTF-8; " +
                        "if accented or Korean letters look garbled, remove the #ENCODING line"));
                return new(Decoder(legacy).GetString(bytes), legacy, warnings);
            case null when declaredName is not null:
                warnings.Add(new(declaredLine,
                    $"#ENCODING:{Clip(declaredName)} is not an encoding this reader knows (UTF-8, CP1252, CP1250, " +
                    "CP949/EUC-KR); the encoding was detected instead; save the file as UTF-8 and remove the line"));
                break;
        }

        if (validUtf8)
            return DecodeUtf8(bytes, warnings);

        var guess = GuessLegacy(bytes);
        return new(Decoder(guess).GetString(bytes), guess, warnings);
    }

    /// <summary>Code page 949 or 1252, whichever reads the bytes as more plausible text (see the class remarks).</summary>
    internal static ChartTextEncoding GuessLegacy(ReadOnlySpan<byte> bytes)
    {
        double hangul = HangulShare(bytes);
        double latin = LatinShare(bytes);
        return hangul >= MinimumHangulShare && hangul >= latin ? ChartTextEncoding.Korean949 : ChartTextEncoding.Windows1252;
    }

    /// <summary>Share of CP949 characters that are KS X 1001 Hangul syllables; 0 when the bytes are not CP949.</summary>
    private static double HangulShare(ReadOnlySpan<byte> bytes)
    {
        int characters = 0, hangul = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            byte lead = bytes[i];
            if (lead < 0x80)
                continue;
            if (lead is 0x80 or 0xFF || i + 1 >= bytes.Length)
                return 0;
            byte trail = bytes[++i];
            bool validTrail = lead >= 0xA1 && trail is >= 0xA1 and <= 0xFE
                || lead <= 0xC6 && trail is >= 0x41 and <= 0x5A or >= 0x61 and <= 0x7A or >= 0x81 and <= 0xFE;
            if (!validTrail)
                return 0;
            characters++;
            if (lead is >= 0xB0 and <= 0xC8 && trail >= 0xA1)
                hangul++;
        }

        return characters == 0 ? 0 : (double)hangul / characters;
    }

    /// <summary>Share of non-ASCII CP1252 bytes that decode to letters or typographic punctuation.</summary>
    private static double LatinShare(ReadOnlySpan<byte> bytes)
    {
        int characters = 0, plausible = 0;
        var cp1252 = Decoder(ChartTextEncoding.Windows1252);
        Span<char> decoded = stackalloc char[1];
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
                continue;
            characters++;
            cp1252.GetChars(bytes.Slice(i, 1), decoded);
            char c = decoded[0];
            if (char.IsLetter(c) || c is '’' or '‘' or '“' or '”' or '–' or '—' or '…' or '´' or '\u00A0')
                plausible++;
        }

        return characters == 0 ? 0 : (double)plausible / characters;
    }

    private static DecodedChart DecodeUtf8(ReadOnlySpan<byte> bytes, List<ChartDiagnostic> warnings) =>
        // Replacement characters rather than an exception: the reader reports what it can of a damaged file.
        new(Encoding.UTF8.GetString(bytes), ChartTextEncoding.Utf8, warnings);

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes);

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static Encoding Decoder(ChartTextEncoding encoding) => encoding switch
    {
        ChartTextEncoding.Windows1252 => CodePage(1252),
        ChartTextEncoding.Windows1250 => CodePage(1250),
        ChartTextEncoding.Korean949 => CodePage(949),
        ChartTextEncoding.Utf16 => Encoding.Unicode,
        _ => Encoding.UTF8,
    };

    private static Encoding CodePage(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage)
        ?? throw new InvalidOperationException($"Code page {codePage} is missing from this .NET runtime.");

    /// <summary>Finds a <c>#ENCODING:</c> header line; its value is ASCII in every encoding it can name.</summary>
    private static ChartTextEncoding? FindDeclaredEncoding(ReadOnlySpan<byte> bytes, out int lineNumber, out string? name)
    {
        lineNumber = 0;
        name = null;
        int line = 0;
        while (!bytes.IsEmpty)
        {
            line++;
            int end = bytes.IndexOfAny((byte)'\n', (byte)'\r');
            var text = end < 0 ? bytes : bytes[..end];
            if (end < 0)
                bytes = [];
            else
            {
                int skip = bytes[end] == '\r' && end + 1 < bytes.Length && bytes[end + 1] == '\n' ? 2 : 1;
                bytes = bytes[(end + skip)..];
            }

            text = text.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t']);
            if (text.IsEmpty)
                continue;
            if (text[0] != '#')
                break; // the header is over: notes never declare an encoding
            int colon = text.IndexOf((byte)':');
            if (colon < 0)
                continue;
            var key = Encoding.ASCII.GetString(text[1..colon]).Trim();
            if (!key.Equals("ENCODING", StringComparison.OrdinalIgnoreCase))
                continue;
            var value = Encoding.ASCII.GetString(text[(colon + 1)..]).Trim();
            if (value.Length == 0)
                continue;
            lineNumber = line;
            name = value;
            return value.ToUpperInvariant().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) switch
            {
                "UTF8" => ChartTextEncoding.Utf8,
                "CP1252" or "WINDOWS1252" or "ISO88591" or "LATIN1" => ChartTextEncoding.Windows1252,
                "CP1250" or "WINDOWS1250" => ChartTextEncoding.Windows1250,
                "CP949" or "EUCKR" or "UHC" or "KSC56011987" or "KSC5601" => ChartTextEncoding.Korean949,
                _ => null,
            };
        }

        return null;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
