using SingKing.Dsp.Timbre;

namespace SingKing.Dsp.Tests.Timbre;

public sealed class SyntheticTimbreSingerTests
{
    [Fact]
    public void A_singer_sings_the_same_clip_the_same_way_every_time()
    {
        var first = new SyntheticTimbreSinger(TimbreLabels.Trot, 3).Sing(1, 2.0);
        var second = new SyntheticTimbreSinger(TimbreLabels.Trot, 3).Sing(1, 2.0);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Two_singers_of_one_timbre_sound_different()
    {
        var first = new SyntheticTimbreSinger(TimbreLabels.Ballad, 0).Sing(0, 2.0);
        var second = new SyntheticTimbreSinger(TimbreLabels.Ballad, 1).Sing(0, 2.0);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void An_unknown_timbre_is_refused_with_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => new SyntheticTimbreSinger("polka", 0));

        Assert.Contains("ballad, dance, rock, trot", error.Message);
    }

    [Fact]
    public void Ballad_singers_are_breathier_than_dance_singers()
    {
        var analyzer = new VoiceDescriptorAnalyzer();
        var ballad = analyzer.Analyze(new SyntheticTimbreSinger(TimbreLabels.Ballad, 0).Sing(0, 4.0), 16_000);
        var dance = analyzer.Analyze(new SyntheticTimbreSinger(TimbreLabels.Dance, 0).Sing(0, 4.0), 16_000);

        Assert.True(ballad.HarmonicsToNoiseDb < dance.HarmonicsToNoiseDb, $"ballad {ballad.HarmonicsToNoiseDb:F1} dB vs dance {dance.HarmonicsToNoiseDb:F1} dB");
    }

    [Fact]
    public void Rock_singers_are_rougher_than_dance_singers()
    {
        var analyzer = new VoiceDescriptorAnalyzer();
        var rock = analyzer.Analyze(new SyntheticTimbreSinger(TimbreLabels.Rock, 1).Sing(0, 4.0), 16_000);
        var dance = analyzer.Analyze(new SyntheticTimbreSinger(TimbreLabels.Dance, 1).Sing(0, 4.0), 16_000);

        Assert.True(rock.ShimmerPercent > dance.ShimmerPercent, $"rock {rock.ShimmerPercent:F2} % vs dance {dance.ShimmerPercent:F2} %");
        Assert.True(rock.JitterPercent > dance.JitterPercent, $"rock {rock.JitterPercent:F2} % vs dance {dance.JitterPercent:F2} %");
    }

    [Fact]
    public void Trot_singers_have_a_faster_wider_vibrato_than_ballad_singers()
    {
        var analyzer = new VoiceDescriptorAnalyzer();
        var trot = analyzer.Analyze(new SyntheticTimbreSinger(TimbreLabels.Trot, 2).Sing(0, 6.0), 16_000);
        var ballad = analyzer.Analyze(new SyntheticTimbreSinger(TimbreLabels.Ballad, 2).Sing(0, 6.0), 16_000);

        Assert.True(trot.HasVibrato, "no vibrato found in the trot clip");
        Assert.True(trot.VibratoExtentCents > ballad.VibratoExtentCents, $"trot {trot.VibratoExtentCents:F0} vs ballad {ballad.VibratoExtentCents:F0} cents");
    }
}
