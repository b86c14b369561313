using MessagePack;
using SingKing.Dsp.Range;
using SingKing.Host.Hubs;

namespace SingKing.Host.Tests;

/// <summary>The range travels to the browser under the contract's names, whatever the C# names are.</summary>
public sealed class RangeContractTests
{
    [Theory]
    [InlineData(VoiceType.Bass, "bass")]
    [InlineData(VoiceType.Baritone, "baritone")]
    [InlineData(VoiceType.Tenor, "tenor")]
    [InlineData(VoiceType.Alto, "alto")]
    [InlineData(VoiceType.MezzoSoprano, "mezzo-soprano")]
    [InlineData(VoiceType.Soprano, "soprano")]
    public void Voice_types_are_named_in_lower_case_with_hyphens(VoiceType voiceType, string expected)
    {
        // The session writes the DSP's own word for a voice type; the browser matches on exactly these.
        Assert.Equal(expected, VoiceTypes.Slug(voiceType));
    }

    [Fact]
    public void A_range_result_travels_under_the_contracts_MessagePack_keys()
    {
        var result = new RangeResult { StableNotes = [new RangeNote()] };

        var json = MessagePackSerializer.ConvertToJson(MessagePackSerializer.Serialize(result));

        Assert.Equal(
            """{"lowest":"","highest":"","lowestHz":0,"highestHz":0,"semitones":0,"octaves":0,"voiceType":"","tessituraLow":"","tessituraHigh":"","stableNotes":[{"name":"","hz":0,"startSeconds":0,"durationSeconds":0}]}""",
            json);
    }

    [Fact]
    public void A_session_summary_carries_its_range_under_the_key_range()
    {
        var json = MessagePackSerializer.ConvertToJson(MessagePackSerializer.Serialize(new SessionSummary()));

        using var summary = System.Text.Json.JsonDocument.Parse(json);
        Assert.True(summary.RootElement.TryGetProperty("range", out var range), $"No key \"range\" in {json}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, range.ValueKind);
    }
}
