using SingKing.Dsp.Charts;

namespace SingKing.Dsp.Tests.Charts;

/// <summary>
/// Song files come from strangers: whatever the bytes, reading them must end in a chart or in errors,
/// never in an exception.
/// </summary>
public sealed class UltraStarFuzzTests
{
    private static void AssertReadsWithoutThrowing(byte[] bytes)
    {
        var result = UltraStarParser.Parse(bytes);

        // Either a usable chart and no errors, or no chart and at least one error to show.
        Assert.Equal(result.Chart is null, result.Errors.Count > 0);
        Assert.All(result.Errors.Concat(result.Warnings), d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
    }

    [Fact]
    public void Random_byte_strings_never_throw()
    {
        var random = new Random(20261125);
        for (int i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            AssertReadsWithoutThrowing(bytes);
        }
    }

    [Fact]
    public void Random_strings_of_chart_characters_never_throw()
    {
        const string alphabet = "#:*RGFPE-~ 0123456789\n\r\t,.xyzABC도라지éÿ";
        var random = new Random(7);
        for (int i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (int c = 0; c < chars.Length; c++)
                chars[c] = alphabet[random.Next(alphabet.Length)];
            AssertReadsWithoutThrowing(System.Text.Encoding.UTF8.GetBytes(ChartText.Headers + new string(chars)));
        }
    }

    [Theory]
    [InlineData("amazing-grace.txt")]
    [InlineData("doraji-duet.txt")]
    [InlineData("twinkle-relative.txt")]
    public void Random_mutations_of_a_valid_chart_never_throw(string name)
    {
        var original = ChartFiles.Read(name);
        byte[] interesting = [.. "#:-* PRGFE~\n\r\t0123456789,."u8, 0x00, 0x80, 0xB0, 0xA1, 0xC4, 0xEF, 0xFF];
        var random = new Random(name.Length);
        for (int i = 0; i < 2000; i++)
        {
            var bytes = new List<byte>(original);
            int edits = random.Next(1, 12);
            for (int e = 0; e < edits && bytes.Count > 0; e++)
            {
                int at = random.Next(bytes.Count);
                byte value = random.Next(2) == 0 ? interesting[random.Next(interesting.Length)] : (byte)random.Next(256);
                switch (random.Next(4))
                {
                    case 0: bytes[at] = value; break;
                    case 1: bytes.Insert(at, value); break;
                    case 2: bytes.RemoveAt(at); break;
                    default: bytes.InsertRange(at, "99999999999999999999 "u8.ToArray()); break;
                }
            }

            AssertReadsWithoutThrowing([.. bytes]);
        }
    }

    [Theory]
    [InlineData(": -9223372036854775808 4 0 la")]
    [InlineData(": 0 2147483647 0 la")]
    [InlineData(": 0 4 -2147483648 la")]
    [InlineData("- -9223372036854775808 9223372036854775807")]
    [InlineData(": 9999999 9999999 0 la")]
    public void Extreme_numbers_are_errors_not_exceptions(string line)
    {
        var result = UltraStarParser.Parse("#RELATIVE:yes\n" + ChartText.WithBody(": 0 4 0 ok", line));

        Assert.Null(result.Chart);
        Assert.NotEmpty(result.Errors);
    }
}
