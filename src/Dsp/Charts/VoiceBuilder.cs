namespace SingKing.Dsp.Charts;

/// <summary>One voice's phrases as the reader meets them, with the state relative mode needs.</summary>
internal sealed class VoiceBuilder(int number)
{
    private readonly List<ChartPhrase> _phrases = [];
    private readonly List<ChartNote> _open = [];
    private readonly List<int> _openLines = [];

    public int Number { get; } = number;

    /// <summary>Relative mode only: the beat the current phrase counts from.</summary>
    public long RelativeOffsetBeats { get; set; }

    /// <summary>The note read last in this voice and its line, for order and overlap checks.</summary>
    public ChartNote? LastNote { get; private set; }

    public int LastNoteLine { get; private set; }

    public bool HasNotes => LastNote is not null;

    public IReadOnlyList<ChartNote> OpenNotes => _open;

    public IReadOnlyList<int> OpenNoteLines => _openLines;

    public void AddNote(ChartNote note, int lineNumber)
    {
        _open.Add(note);
        _openLines.Add(lineNumber);
        LastNote = note;
        LastNoteLine = lineNumber;
    }

    public void EndPhrase(int endBeat)
    {
        _phrases.Add(new ChartPhrase([.. _open], endBeat));
        _open.Clear();
        _openLines.Clear();
    }

    public ChartVoice Build(string? singerName)
    {
        if (_open.Count > 0)
            EndPhrase(_open.Max(n => n.EndBeat));
        return new ChartVoice(Number, singerName, [.. _phrases]);
    }
}
