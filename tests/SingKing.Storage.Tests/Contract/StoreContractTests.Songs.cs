using SingKing.Storage.Songs;
using SingKing.Storage.Tests.Support;

namespace SingKing.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task An_uploaded_song_reads_back_with_every_field()
    {
        var uploader = await NewSingerAsync("minji");
        var song = new CatalogSong
        {
            Id = "upload-7f3a",
            Title = "봄날",
            Artist = "방탄소년단",
            Language = "Korean",
            Style = "dance",
            Difficulty = "hard",
            DurationSeconds = 274.25,
            Source = SongSource.Uploaded,
            UploadedBy = uploader.Id,
            AddedAt = WeekStart.AddDays(1),
        };

        await Songs.UpsertAsync(song, CancellationToken.None);

        Assert.Equal(song, await Songs.GetAsync("upload-7f3a", CancellationToken.None));
    }

    [StoreFact]
    public async Task Upserting_a_song_again_updates_it()
    {
        await AddSongAsync("arirang", "Arirang");

        await AddSongAsync("arirang", "아리랑 (new arrangement)");

        var songs = await Songs.ListAsync(CancellationToken.None);
        Assert.Equal("아리랑 (new arrangement)", Assert.Single(songs).Title);
    }

    [StoreFact]
    public async Task Songs_are_listed_by_title()
    {
        await AddSongAsync("c", "Ode to Joy");
        await AddSongAsync("a", "Twinkle Twinkle");
        await AddSongAsync("b", "Amazing Grace");

        var songs = await Songs.ListAsync(CancellationToken.None);

        Assert.Equal(["b", "c", "a"], songs.Select(song => song.Id));
    }

    [StoreFact]
    public async Task A_song_uploaded_by_an_unknown_singer_is_a_missing_reference()
    {
        var error = await Assert.ThrowsAsync<StorageConflictException>(() => Songs.UpsertAsync(
            new CatalogSong { Id = "x", Title = "x", Artist = "x", Source = SongSource.Uploaded, UploadedBy = 424242, AddedAt = WeekStart },
            CancellationToken.None));

        Assert.Equal(StorageConflict.MissingReference, error.Conflict);
    }

    [StoreFact]
    public async Task Removing_a_song_keeps_its_takes_without_a_song()
    {
        var singer = await NewSingerAsync("minji");
        await AddSongAsync("arirang");
        await SaveAsync(TakeOf(singer, "take-1", "arirang", 8000, WeekStart.AddHours(1)));

        Assert.True(await Songs.DeleteAsync("arirang", CancellationToken.None));

        var take = await Takes.GetAsync("take-1", CancellationToken.None);
        Assert.Equal((null, 8000), (take?.SongId, take?.TotalScore));
    }
}
