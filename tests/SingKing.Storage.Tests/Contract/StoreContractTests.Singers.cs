using SingKing.Storage.Singers;
using SingKing.Storage.Tests.Support;

namespace SingKing.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task Created_singer_reads_back_with_every_field_including_Korean_text()
    {
        var created = await Singers.CreateAsync(
            new NewSinger(" minji ", "MinJi@Example.com", "김민지 🎤", "AQAAAAIAAYagAAAAEKq", "en", WeekStart.AddHours(9).AddTicks(1234560)),
            CancellationToken.None);

        var read = await Singers.GetAsync(created.Id, CancellationToken.None);

        Assert.Equal(
            new Singer
            {
                Id = created.Id,
                UserName = "minji",
                Email = "MinJi@Example.com",
                DisplayName = "김민지 🎤",
                PasswordHash = "AQAAAAIAAYagAAAAEKq",
                PreferredLanguage = "en",
                CreatedAt = WeekStart.AddHours(9).AddTicks(1234560),
                Level = 1,
                ExperiencePoints = 0,
            },
            read);
    }

    [StoreFact]
    public async Task Each_new_singer_gets_a_new_id()
    {
        var first = await NewSingerAsync("first");
        var second = await NewSingerAsync("second");

        Assert.NotEqual(first.Id, second.Id);
    }

    [StoreFact]
    public async Task A_user_name_differing_only_in_case_and_spaces_is_taken()
    {
        await NewSingerAsync("Minji");

        var error = await Assert.ThrowsAsync<SingerAlreadyExistsException>(() => Singers.CreateAsync(
            new NewSinger(" minji", "other@example.com", "Other", "hash", "ko", WeekStart), CancellationToken.None));

        Assert.Equal(SingerField.UserName, error.TakenField);
    }

    [StoreFact]
    public async Task An_email_address_differing_only_in_case_is_taken()
    {
        await Singers.CreateAsync(new NewSinger("minji", "minji@example.com", "Minji", "hash", "ko", WeekStart), CancellationToken.None);

        var error = await Assert.ThrowsAsync<SingerAlreadyExistsException>(() => Singers.CreateAsync(
            new NewSinger("someone-else", "MINJI@example.com", "Other", "hash", "ko", WeekStart), CancellationToken.None));

        Assert.Equal(SingerField.Email, error.TakenField);
    }

    [StoreFact]
    public async Task A_taken_email_is_reported_as_the_email_even_when_the_user_name_looks_like_an_index_name()
    {
        await Singers.CreateAsync(new NewSinger("minji", "minji@example.com", "Minji", "hash", "ko", WeekStart), CancellationToken.None);

        var error = await Assert.ThrowsAsync<SingerAlreadyExistsException>(() => Singers.CreateAsync(
            new NewSinger("ux_singers_user_name singers.user_name_key", "minji@example.com", "Other", "hash", "ko", WeekStart), CancellationToken.None));

        Assert.Equal(SingerField.Email, error.TakenField);
    }

    [StoreFact]
    public async Task A_display_name_longer_than_100_characters_is_out_of_range()
    {
        var error = await Assert.ThrowsAsync<StorageConflictException>(() => Singers.CreateAsync(
            new NewSinger("minji", "minji@example.com", new string('민', 101), "hash", "ko", WeekStart), CancellationToken.None));

        Assert.Equal(StorageConflict.OutOfRange, error.Conflict);
    }

    [StoreFact]
    public async Task A_display_name_of_100_Korean_characters_fits()
    {
        var singer = await Singers.CreateAsync(
            new NewSinger("minji", "minji@example.com", new string('민', 100), "hash", "ko", WeekStart), CancellationToken.None);

        Assert.Equal(new string('민', 100), (await Singers.GetAsync(singer.Id, CancellationToken.None))?.DisplayName);
    }

    [StoreFact]
    public async Task Korean_user_names_are_distinct_from_each_other()
    {
        await NewSingerAsync("김민지");

        var other = await NewSingerAsync("김민준");

        Assert.Equal("김민준", (await Singers.FindByUserNameAsync("김민준", CancellationToken.None))?.UserName);
        Assert.NotEqual(0, other.Id);
    }

    [StoreFact]
    public async Task A_singer_is_found_by_user_name_ignoring_case_and_spaces()
    {
        var singer = await NewSingerAsync("Minji");

        var found = await Singers.FindByUserNameAsync("  MINJI ", CancellationToken.None);

        Assert.Equal(singer.Id, found?.Id);
    }

    [StoreFact]
    public async Task A_singer_is_found_by_email_ignoring_case()
    {
        var singer = await NewSingerAsync("minji");

        var found = await Singers.FindByEmailAsync("Minji@EXAMPLE.com", CancellationToken.None);

        Assert.Equal(singer.Id, found?.Id);
    }

    [StoreFact]
    public async Task An_unknown_singer_is_null()
    {
        Assert.Null(await Singers.GetAsync(424242, CancellationToken.None));
        Assert.Null(await Singers.FindByUserNameAsync("nobody", CancellationToken.None));
    }

    [StoreFact]
    public async Task A_profile_update_changes_display_name_and_language()
    {
        var singer = await NewSingerAsync("minji");

        var updated = await Singers.UpdateProfileAsync(singer.Id, "민지", "en", CancellationToken.None);

        Assert.True(updated);
        var read = await Singers.GetAsync(singer.Id, CancellationToken.None);
        Assert.Equal(("민지", "en"), (read?.DisplayName, read?.PreferredLanguage));
    }

    [StoreFact]
    public async Task A_password_hash_update_replaces_the_hash()
    {
        var singer = await NewSingerAsync("minji");

        await Singers.UpdatePasswordHashAsync(singer.Id, "AQAAAAIAAYagAAAAEnew", CancellationToken.None);

        Assert.Equal("AQAAAAIAAYagAAAAEnew", (await Singers.GetAsync(singer.Id, CancellationToken.None))?.PasswordHash);
    }

    [StoreFact]
    public async Task Updating_an_unknown_singer_reports_false()
    {
        Assert.False(await Singers.UpdateProfileAsync(424242, "x", "ko", CancellationToken.None));
    }

    [StoreFact]
    public async Task An_experience_award_adds_points_records_the_event_and_sets_the_level()
    {
        var singer = await NewSingerAsync("minji");

        await Singers.AwardExperienceAsync(Award(singer, 80, "take:one", 1), LevelPer100Points, CancellationToken.None);
        var progress = await Singers.AwardExperienceAsync(Award(singer, 70, "take:two", 2), LevelPer100Points, CancellationToken.None);

        Assert.Equal(new SingerProgress(150, 2, 1), progress);
        var read = await Singers.GetAsync(singer.Id, CancellationToken.None);
        Assert.Equal((150L, 2), (read!.ExperiencePoints, read.Level));
        var events = await Singers.ListExperienceAsync(singer.Id, 10, CancellationToken.None);
        Assert.Equal(["take:two", "take:one"], events.Select(e => e.Reason));
    }

    [StoreFact]
    public async Task Concurrent_experience_awards_all_add_up()
    {
        var singer = await NewSingerAsync("minji");

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Singers.AwardExperienceAsync(Award(singer, 25, $"take:{i}", i), LevelPer100Points, CancellationToken.None)));

        var read = await Singers.GetAsync(singer.Id, CancellationToken.None);
        Assert.Equal((300L, 4), (read!.ExperiencePoints, read.Level));
        Assert.Equal(12, (await Singers.ListExperienceAsync(singer.Id, 100, CancellationToken.None)).Count);
    }

    [StoreFact]
    public async Task An_award_that_would_take_points_below_zero_is_refused_and_changes_nothing()
    {
        var singer = await NewSingerAsync("minji");
        await Singers.AwardExperienceAsync(Award(singer, 10, "take:one", 1), LevelPer100Points, CancellationToken.None);

        var error = await Assert.ThrowsAsync<StorageConflictException>(() =>
            Singers.AwardExperienceAsync(Award(singer, -11, "correction", 2), LevelPer100Points, CancellationToken.None));

        Assert.Equal(StorageConflict.OutOfRange, error.Conflict);
        Assert.Equal(10, (await Singers.GetAsync(singer.Id, CancellationToken.None))!.ExperiencePoints);
        Assert.Single(await Singers.ListExperienceAsync(singer.Id, 10, CancellationToken.None));
    }

    [StoreFact]
    public async Task An_award_to_an_unknown_singer_is_a_missing_reference()
    {
        var error = await Assert.ThrowsAsync<StorageConflictException>(() => Singers.AwardExperienceAsync(
            new ExperienceEvent { SingerId = 424242, Amount = 5, Reason = "x", OccurredAt = WeekStart },
            LevelPer100Points,
            CancellationToken.None));

        Assert.Equal(StorageConflict.MissingReference, error.Conflict);
    }

    [StoreFact]
    public async Task Deleting_a_singer_deletes_their_takes_diagnoses_and_experience()
    {
        var singer = await NewSingerAsync("minji");
        await SaveAsync(TakeOf(singer, "take-1", null, null, WeekStart.AddHours(1)));
        await Diagnoses.AddRangeAsync(RangeOf(singer, "take-1", WeekStart.AddHours(1)), CancellationToken.None);
        await Singers.AwardExperienceAsync(Award(singer, 10, "take:one", 1), LevelPer100Points, CancellationToken.None);

        Assert.True(await Singers.DeleteAsync(singer.Id, CancellationToken.None));

        Assert.Null(await Takes.GetAsync("take-1", CancellationToken.None));
        Assert.Null(await Diagnoses.LatestRangeAsync(singer.Id, CancellationToken.None));
        Assert.Empty(await Singers.ListExperienceAsync(singer.Id, 10, CancellationToken.None));
    }

    private static int LevelPer100Points(long points) => 1 + (int)(points / 100);

    private static ExperienceEvent Award(Singer singer, int amount, string reason, int minute) =>
        new() { SingerId = singer.Id, Amount = amount, Reason = reason, OccurredAt = WeekStart.AddMinutes(minute) };
}
