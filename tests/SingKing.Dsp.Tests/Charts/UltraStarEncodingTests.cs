using System.Text;
using SingKing.Dsp.Charts;

namespace SingKing.Dsp.Tests.Charts;

public sealed class UltraStarEncodingTests
{
    private static readonly Encoding Western = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly Encoding Korean = CodePagesEncodingProvider.Instance.GetEncoding(949)!;

    private const string BeyonceChart =
        "#TITLE:Déjà Vu\n#ARTIST:Beyoncé\n#BPM:240\n#MP3:dejavu.mp3\n: 0 4 0 Bébé\n: 4 4 2  naïve\n: 8 4 4  Ça\n";

    private const string DorajiChart =
        "#TITLE:도라지 타령\n#ARTIST:민요\n#BPM:200\n#MP3:doraji.mp3\n: 0 4 4 도\n: 4 4 7 라\n: 8 8 9 지\n: 16 4 4  도\n: 20 4 7 라\n: 24 8 9 지\n- 34\n: 36 4 9 심\n: 40 4 7 심\n: 44 8 4 산\n: 52 4 2 천\n";

    [Fact]
    public void UTF_8_with_a_byte_order_mark_is_read_without_the_mark()
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(BeyonceChart)).ToArray();

        var result = UltraStarParser.Parse(bytes);

        Assert.Equal(ChartTextEncoding.Utf8, result.Encoding);
        Assert.Equal("Déjà Vu", result.Chart!.Title);
    }

    [Fact]
    public void A_UTF_8_byte_order_mark_before_bytes_that_are_not_UTF_8_is_trusted_with_a_warning()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Western.GetBytes(BeyonceChart)).ToArray();

        var result = UltraStarParser.Parse(bytes);

        Assert.Equal(ChartTextEncoding.Utf8, result.Encoding);
        Assert.Equal("Beyonc\uFFFD", result.Chart!.Artist);
        Assert.Contains("not UTF-8", Assert.Single(result.Warnings).Message);
    }

    [Fact]
    public void UTF_8_without_a_byte_order_mark_is_read_as_UTF_8()
    {
        var result = UltraStarParser.Parse(ChartFiles.Read("doraji-duet.txt"));

        Assert.Equal(ChartTextEncoding.Utf8, result.Encoding);
        Assert.Equal("도라지 타령", result.Chart!.Title);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UTF_16_with_a_byte_order_mark_is_read_in_either_byte_order(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(DorajiChart)).ToArray();

        var result = UltraStarParser.Parse(bytes);

        Assert.Equal(ChartTextEncoding.Utf16, result.Encoding);
        Assert.Equal("민요", result.Chart!.Artist);
    }

    [Fact]
    public void A_legacy_CP1252_chart_is_detected_and_Beyonce_keeps_her_accent()
    {
        var result = UltraStarParser.Parse(Western.GetBytes(BeyonceChart));

        Assert.Equal(ChartTextEncoding.Windows1252, result.Encoding);
        Assert.Equal("Beyoncé", result.Chart!.Artist);
        Assert.Equal("Bébé naïve Ça", result.Chart.Voices[0].Phrases.Single().Lyrics);
    }

    [Fact]
    public void A_CP1252_chart_whose_accented_letters_would_also_be_valid_CP949_is_still_read_as_CP1252()
    {
        // "Äpfel", "Ärger" and "Åse" put a CP949 lead byte before an ASCII letter: valid Unified Hangul Code, but
        // outside the KS X 1001 Hangul block real Korean lyrics use.
        const string text = "#TITLE:Äpfel und Ärger\n#ARTIST:Åse\n#BPM:240\n#MP3:a.mp3\n: 0 4 0 Äpfel\n";
        var bytes = Western.GetBytes(text);
        Assert.Equal(Korean.GetString(bytes).Length, Korean.GetString(bytes).Replace("\uFFFD", "").Length);

        var result = UltraStarParser.Parse(bytes);

        Assert.Equal(ChartTextEncoding.Windows1252, result.Encoding);
        Assert.Equal("Äpfel und Ärger", result.Chart!.Title);
    }

    [Fact]
    public void A_legacy_CP949_Korean_chart_is_detected_and_its_lyrics_read_as_Hangul()
    {
        var result = UltraStarParser.Parse(Korean.GetBytes(DorajiChart));

        Assert.Equal(ChartTextEncoding.Korean949, result.Encoding);
        Assert.Equal("도라지 타령", result.Chart!.Title);
        Assert.Equal(["도라지 도라지", "심심산천"], result.Chart.Voices[0].Phrases.Select(p => p.Lyrics));
    }

    [Fact]
    public void A_short_EUC_KR_title_alone_is_enough_to_detect_Korean()
    {
        var result = UltraStarParser.Parse(Korean.GetBytes("#TITLE:아리랑\n#ARTIST:Traditional\n#BPM:200\n#MP3:a.mp3\n: 0 4 0 la\n"));

        Assert.Equal(ChartTextEncoding.Korean949, result.Encoding);
        Assert.Equal("아리랑", result.Chart!.Title);
    }

    [Fact]
    public void An_ENCODING_header_is_honoured_over_detection()
    {
        // Hangul-looking CP949 bytes, but the file says it is CP1252: the declaration wins.
        var bytes = Korean.GetBytes("#ENCODING:CP1252\n" + DorajiChart);

        var result = UltraStarParser.Parse(bytes);

        Assert.Equal(ChartTextEncoding.Windows1252, result.Encoding);
        Assert.Equal(Western.GetString(Korean.GetBytes("도라지 타령")), result.Chart!.Title);
    }

    [Fact]
    public void An_ENCODING_header_naming_EUC_KR_reads_Korean()
    {
        var result = UltraStarParser.Parse(Korean.GetBytes("#encoding: euc-kr\n" + DorajiChart));

        Assert.Equal(ChartTextEncoding.Korean949, result.Encoding);
        Assert.Equal("민요", result.Chart!.Artist);
    }

    [Fact]
    public void An_ENCODING_UTF8_header_on_a_file_that_is_not_UTF_8_falls_back_to_detection_with_a_warning()
    {
        var result = UltraStarParser.Parse(Western.GetBytes("#ENCODING:UTF8\n" + BeyonceChart));

        Assert.Equal(ChartTextEncoding.Windows1252, result.Encoding);
        Assert.Equal("Beyoncé", result.Chart!.Artist);
        Assert.Contains(result.Warnings, w => w.LineNumber == 1 && w.Message.Contains("not valid UTF-8"));
    }

    [Fact]
    public void An_unknown_ENCODING_header_is_warned_about_and_detection_decides()
    {
        var result = UltraStarParser.Parse(Encoding.UTF8.GetBytes("#ENCODING:KLINGON\n" + BeyonceChart));

        Assert.Equal(ChartTextEncoding.Utf8, result.Encoding);
        Assert.Contains(result.Warnings, w => w.LineNumber == 1 && w.Message.Contains("KLINGON"));
    }

    [Fact]
    public void A_chart_given_as_text_reports_no_byte_encoding()
    {
        Assert.Null(UltraStarParser.Parse(BeyonceChart).Encoding);
    }
}
