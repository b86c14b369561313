namespace SingKing.Dsp.Charts;

/// <summary>The character encoding a chart file was read with.</summary>
public enum ChartTextEncoding
{
    /// <summary>UTF-8, with or without a byte order mark (the format's standard).</summary>
    Utf8,

    /// <summary>UTF-16, little or big endian, recognised by its byte order mark.</summary>
    Utf16,

    /// <summary>Windows code page 1252 (Western European), common in legacy files.</summary>
    Windows1252,

    /// <summary>Windows code page 1250 (Central European), only when the file declares it.</summary>
    Windows1250,

    /// <summary>Code page 949 (Unified Hangul Code), a superset of EUC-KR, common in Korean legacy files.</summary>
    Korean949,
}
