using SingKing.Storage.Diagnoses;
using SingKing.Storage.Singers;
using SingKing.Storage.Tests.Support;

namespace SingKing.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task The_latest_range_diagnosis_is_the_most_recently_measured()
    {
        var singer = await NewSingerAsync("minji");
        await Diagnoses.AddRangeAsync(RangeOf(singer, null, WeekStart.AddDays(2)), CancellationToken.None);
        var latest = RangeOf(singer, null, WeekStart.AddDays(3)) with { LowestNote = "G2", LowestHz = 98.0, VoiceType = "bass" };
        var id = await Diagnoses.AddRangeAsync(latest, CancellationToken.None);
        await Diagnoses.AddRangeAsync(RangeOf(singer, null, WeekStart.AddDays(1)), CancellationToken.None);

        var read = await Diagnoses.LatestRangeAsync(singer.Id, CancellationToken.None);

        Assert.Equal(latest with { Id = id }, read);
    }

    [StoreFact]
    public async Task The_latest_timbre_diagnosis_keeps_its_class_and_probabilities()
    {
        var singer = await NewSingerAsync("minji");
        await SaveAsync(TakeOf(singer, "take-1", null, null, WeekStart.AddHours(1)));
        await Diagnoses.AddTimbreAsync(TimbreOf(singer, null, WeekStart), CancellationToken.None);
        var latest = new TimbreDiagnosis
        {
            SingerId = singer.Id,
            TakeId = "take-1",
            Class = TimbreClass.Trot,
            ProbabilitiesJson = """{"ballad":0.1,"dance":0.05,"rock":0.05,"trot":0.8,"note":"꺾기"}""",
            MeasuredAt = WeekStart.AddHours(1),
        };
        var id = await Diagnoses.AddTimbreAsync(latest, CancellationToken.None);

        var read = await Diagnoses.LatestTimbreAsync(singer.Id, CancellationToken.None);

        Assert.Equal(latest with { Id = id }, read);
    }

    [StoreFact]
    public async Task A_singer_without_diagnoses_has_none()
    {
        var singer = await NewSingerAsync("minji");

        Assert.Null(await Diagnoses.LatestRangeAsync(singer.Id, CancellationToken.None));
        Assert.Null(await Diagnoses.LatestTimbreAsync(singer.Id, CancellationToken.None));
    }

    [StoreFact]
    public async Task Diagnoses_are_kept_per_singer()
    {
        var minji = await NewSingerAsync("minji");
        var jun = await NewSingerAsync("jun");
        await Diagnoses.AddRangeAsync(RangeOf(jun, null, WeekStart.AddDays(1)), CancellationToken.None);

        Assert.Null(await Diagnoses.LatestRangeAsync(minji.Id, CancellationToken.None));
    }

    [StoreFact]
    public async Task A_diagnosis_of_an_unknown_take_is_a_missing_reference()
    {
        var singer = await NewSingerAsync("minji");

        var error = await Assert.ThrowsAsync<StorageConflictException>(() =>
            Diagnoses.AddRangeAsync(RangeOf(singer, "no-such-take", WeekStart), CancellationToken.None));

        Assert.Equal(StorageConflict.MissingReference, error.Conflict);
    }

    protected static RangeDiagnosis RangeOf(Singer singer, string? takeId, DateTimeOffset measuredAt) =>
        new()
        {
            SingerId = singer.Id,
            TakeId = takeId,
            LowestNote = "A2",
            LowestHz = 110.0,
            HighestNote = "E4",
            HighestHz = 329.63,
            VoiceType = "baritone",
            MeasuredAt = measuredAt,
        };

    protected static TimbreDiagnosis TimbreOf(Singer singer, string? takeId, DateTimeOffset measuredAt) =>
        new()
        {
            SingerId = singer.Id,
            TakeId = takeId,
            Class = TimbreClass.Ballad,
            ProbabilitiesJson = """{"ballad":0.7,"dance":0.1,"rock":0.1,"trot":0.1}""",
            MeasuredAt = measuredAt,
        };
}
