namespace SingKing.Dsp.Alignment;

/// <summary>Places a take's audio on the song's timeline, so that a scorer can read sample n as song time n / rate.</summary>
public static class SongTimeline
{
    /// <summary>
    /// The take's audio as the song heard it: take sample k lands at song time <c>SongClock.ToSongSeconds(k / rate)</c>
    /// under the clock's <paramref name="corrections"/>. Audio the server never received (a forward correction) becomes
    /// silence; audio before song time 0 (a count-in) is dropped; where a correction steps back, the later audio wins.
    /// </summary>
    /// <param name="take">The take's samples, in the order they arrived.</param>
    /// <param name="sampleRate">Sample rate of the take, in Hz.</param>
    /// <param name="corrections">The song clock's corrections (<see cref="SongClock.Corrections"/>), in take order.</param>
    /// <returns>Samples from song time 0 to the song time of the take's last sample.</returns>
    public static float[] Place(ReadOnlySpan<float> take, int sampleRate, IReadOnlyList<SongClockMark> corrections)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        // Each piece runs from one correction to the next at the take's own rate.
        var pieces = new List<(long TakeStart, long TakeEnd, long SongStart)>(corrections.Count + 1);
        long pieceStart = 0, songStart = 0;
        foreach (var mark in corrections)
        {
            if (mark.TakeSample < pieceStart)
                throw new ArgumentException("Corrections must come in take order.", nameof(corrections));
            if (mark.TakeSample > pieceStart)
                pieces.Add((pieceStart, Math.Min(mark.TakeSample, take.Length), songStart));
            pieceStart = mark.TakeSample;
            songStart = (long)Math.Round(mark.SongSeconds * sampleRate);
        }

        if (pieceStart < take.Length)
            pieces.Add((pieceStart, take.Length, songStart));

        var length = pieces.Count == 0 ? 0 : Math.Max(0, pieces.Max(p => p.SongStart + (p.TakeEnd - p.TakeStart)));
        var song = new float[length];
        foreach (var (takeStart, takeEnd, start) in pieces)
        {
            // Drop what falls before song time 0.
            var skip = Math.Max(0, -start);
            var from = takeStart + skip;
            if (from >= takeEnd)
                continue;
            take[(int)from..(int)takeEnd].CopyTo(song.AsSpan((int)(start + skip)));
        }

        return song;
    }
}
