using System.Globalization;

namespace SingKing.Grains.Takes;

/// <summary>
/// Writes a number with a fixed count of decimals as UTF-8, exactly as <c>value.TryFormat(…, "F" + decimals,
/// CultureInfo.InvariantCulture)</c> writes it (the format <c>singking pitch</c> uses), without the general formatter's
/// digit generation: pitch.csv takes four rows of three numbers every 40 ms per singer.
/// </summary>
internal static class FixedDecimal
{
    private static readonly long[] Powers = [1, 10, 100, 1_000, 10_000];

    // Beyond this the product's rounding error could reach the distance to a half below; such values take the general path.
    private const double FastLimit = 1e9;

    // A product this close to a half may round differently from the exact value it stands for; the general path decides.
    private const double TieMargin = 1e-6;

    /// <summary>Writes <paramref name="value"/> with <paramref name="decimals"/> (0–4) decimals; false when it does not fit.</summary>
    public static bool TryWrite(Span<byte> destination, double value, int decimals, out int written)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)decimals, (uint)(Powers.Length - 1), nameof(decimals));
        var negative = double.IsNegative(value);
        var magnitude = Math.Abs(value);
        var scaled = magnitude * Powers[decimals];
        if (!(scaled < FastLimit) || Math.Abs(scaled - Math.Floor(scaled) - 0.5) < TieMargin)
            return TryWriteGeneral(destination, value, decimals, out written);

        // Far from a half, the rounded product is the rounded exact value (its error is below 1e-7 here).
        var units = (long)Math.Round(scaled, MidpointRounding.ToEven);
        var whole = units / Powers[decimals];
        var fraction = units - whole * Powers[decimals];
        var wholeDigits = CountDigits(whole);
        var length = (negative ? 1 : 0) + wholeDigits + (decimals > 0 ? 1 + decimals : 0);
        if (destination.Length < length)
        {
            written = 0;
            return false;
        }

        var at = 0;
        if (negative)
            destination[at++] = (byte)'-';
        for (var i = wholeDigits - 1; i >= 0; i--)
        {
            destination[at + i] = (byte)('0' + whole % 10);
            whole /= 10;
        }

        at += wholeDigits;
        if (decimals > 0)
        {
            destination[at++] = (byte)'.';
            for (var i = decimals - 1; i >= 0; i--)
            {
                destination[at + i] = (byte)('0' + fraction % 10);
                fraction /= 10;
            }

            at += decimals;
        }

        written = at;
        return true;
    }

    private static bool TryWriteGeneral(Span<byte> destination, double value, int decimals, out int written) =>
        value.TryFormat(destination, out written, decimals switch { 0 => "F0", 1 => "F1", 2 => "F2", 3 => "F3", _ => "F4" }, CultureInfo.InvariantCulture);

    private static int CountDigits(long value)
    {
        var digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }
}
