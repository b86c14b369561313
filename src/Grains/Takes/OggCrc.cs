namespace SingKing.Grains.Takes;

/// <summary>The CRC-32 of an Ogg page (RFC 3533): polynomial 0x04C11DB7, most significant bit first, initial value 0, no final XOR.</summary>
internal static class OggCrc
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>The checksum of <paramref name="page"/>, whose checksum field (bytes 22–25) must be zero.</summary>
    public static uint Compute(ReadOnlySpan<byte> page)
    {
        uint crc = 0;
        foreach (var b in page)
            crc = (crc << 8) ^ Table[(crc >> 24) ^ b];
        return crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var r = i << 24;
            for (var bit = 0; bit < 8; bit++)
                r = (r & 0x8000_0000) != 0 ? (r << 1) ^ 0x04C1_1DB7 : r << 1;
            table[i] = r;
        }

        return table;
    }
}
