using System.Globalization;
using SingKing.Cli.Output;
using SingKing.Dsp.Pitch;

namespace SingKing.Cli.Tests;

public sealed class PitchCsvWriterTests
{
    [Fact]
    public void Csv_row_has_time_with_3_decimals_f0_with_2_and_confidence_with_3()
    {
        var text = new StringWriter();

        new PitchCsvWriter(text).Write(new PitchFrame(12.34, 220.456f, 0.98765f, -20f));

        Assert.Equal("12.340,220.46,0.988\n", text.ToString());
    }

    [Fact]
    public void Csv_row_of_an_unvoiced_frame_has_0_Hz()
    {
        var text = new StringWriter();

        new PitchCsvWriter(text).Write(new PitchFrame(0.01, 0f, 0.2f, -60f));

        Assert.Equal("0.010,0.00,0.200\n", text.ToString());
    }

    [Fact]
    public void Csv_uses_a_decimal_point_under_a_decimal_comma_locale()
    {
        var text = new StringWriter(CultureInfo.GetCultureInfo("fr-FR"));
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            new PitchCsvWriter(text).Write(new PitchFrame(1.5, 440f, 0.5f, -10f));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Equal("1.500,440.00,0.500\n", text.ToString());
    }

    [Fact]
    public void Csv_header_names_the_columns_with_their_units()
    {
        var text = new StringWriter();

        new PitchCsvWriter(text).WriteHeader();

        Assert.Equal("time_s,f0_hz,confidence\n", text.ToString());
    }
}
