using MessagePack;
using SingKing.Host.Hubs;

namespace SingKing.Host.Tests.Karaoke;

/// <summary>The karaoke fields travel to the browser under the contract's lower-camel MessagePack keys.</summary>
public sealed class KaraokeContractTests
{
    [Fact]
    public void A_chunk_result_carries_notes_phrases_and_score_under_the_contracts_keys()
    {
        var result = new ChunkResult
        {
            Notes = [new NoteProgressResult { Id = 3, Hit = 0.5, Final = true }],
            Phrases = [new PhraseRatingResult { Index = 1, Rating = "great" }],
            Score = 1234.5,
            KeptThrough = 41,
            Error = "[SampleRateMismatch] x",
        };

        var json = MessagePackSerializer.ConvertToJson(MessagePackSerializer.Serialize(result));

        Assert.EndsWith(""","notes":[{"id":3,"hit":0.5,"final":true}],"phrases":[{"index":1,"rating":"great"}],"score":1234.5,"keptThrough":41,"error":"[SampleRateMismatch] x"}""", json);
    }

    [Fact]
    public void A_karaoke_summary_travels_under_the_contracts_keys()
    {
        var result = new KaraokeResult
        {
            SongId = "twinkle-twinkle",
            Difficulty = "easy",
            Score = 9000,
            NotesHit = 39,
            NotesScored = 40,
            Phrases = [new PhraseRatingResult { Index = 0, Rating = "perfect" }],
        };

        var json = MessagePackSerializer.ConvertToJson(MessagePackSerializer.Serialize(result));

        Assert.Equal(
            """{"songId":"twinkle-twinkle","difficulty":"easy","score":9000,"notesHit":39,"notesScored":40,"phrases":[{"index":0,"rating":"perfect"}]}""",
            json);
    }

    [Fact]
    public void A_start_request_reads_songId_difficulty_and_latencyMs()
    {
        var bytes = MessagePackSerializer.ConvertFromJson("""{"sampleRate":16000,"songId":"arirang","difficulty":"hard","latencyMs":180}""");

        var request = MessagePackSerializer.Deserialize<StartSessionRequest>(bytes);

        Assert.Equal((16_000, "arirang", "hard", 180.0), (request.SampleRate, request.SongId, request.Difficulty, request.LatencyMs));
    }

    [Fact]
    public void A_start_request_without_a_song_leaves_songId_difficulty_and_latencyMs_absent()
    {
        var request = MessagePackSerializer.Deserialize<StartSessionRequest>(MessagePackSerializer.ConvertFromJson("""{"sampleRate":16000}"""));

        Assert.Equal((null, null, null), (request.SongId, request.Difficulty, request.LatencyMs));
    }

    [Fact]
    public void A_chunk_reads_its_song_time_from_songSeconds()
    {
        var bytes = MessagePackSerializer.ConvertFromJson("""{"sequence":7,"sampleRate":16000,"pcm":null,"songSeconds":-2.5}""");

        var chunk = MessagePackSerializer.Deserialize<AudioChunk>(bytes);

        Assert.Equal((7L, -2.5), (chunk.Sequence, chunk.SongSeconds));
    }
}
