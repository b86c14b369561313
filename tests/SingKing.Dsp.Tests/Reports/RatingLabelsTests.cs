using SingKing.Dsp.Reports;

namespace SingKing.Dsp.Tests.Reports;

public sealed class RatingLabelsTests
{
    [Theory]
    [InlineData(0, RatingLabel.ToneDeaf)]
    [InlineData(2009.9, RatingLabel.ToneDeaf)]
    [InlineData(2010, RatingLabel.Amateur)]
    [InlineData(4009, RatingLabel.Amateur)]
    [InlineData(4010, RatingLabel.Wannabe)]
    [InlineData(5010, RatingLabel.Hopeful)]
    [InlineData(6010, RatingLabel.RisingStar)]
    [InlineData(7010, RatingLabel.LeadSinger)]
    [InlineData(8009.9, RatingLabel.LeadSinger)]
    [InlineData(8010, RatingLabel.Superstar)]
    [InlineData(9010, RatingLabel.Ultrastar)]
    [InlineData(10_000, RatingLabel.Ultrastar)]
    public void Totals_get_UltraStar_Deluxes_labels(double total, RatingLabel label) =>
        Assert.Equal(label, RatingLabels.Of(total));
}
