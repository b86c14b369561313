using System.Globalization;

namespace SingKing.Dsp.Charts;

/// <summary>
/// One pass over a decoded chart: headers, then the body of notes, phrase ends and voice changes up to
/// <c>E</c>. Keeps going after a broken line so one reading lists every problem.
/// </summary>
internal sealed class ChartReader
{
    /// <summary>Beats beyond this are typos, not songs: 10 million beats is days of music at any tempo.</summary>
    private const long MaxBeat = 10_000_000;

    /// <summary>Pitches beyond this many semitones from C4 are not notes at all (MIDI spans −60…+67).</summary>
    private const int MaxPitch = 1000;

    /// <summary>MIDI C1 and C7: outside them nobody sings, so a note there is most likely a charting mistake.</summary>
    private const int LowestSingableMidi = 24, HighestSingableMidi = 96;

    private const string NoteShape = "a note reads TYPE START LENGTH PITCH TEXT, such as \": 12 4 0 la\"";

    private readonly string _text;
    private readonly ChartTextEncoding? _encoding;
    private readonly ChartDiagnosticList _errors = new(UltraStarParser.MaxReportedDiagnostics, "errors");
    private readonly ChartDiagnosticList _warnings = new(UltraStarParser.MaxReportedDiagnostics, "warnings");

    private readonly Dictionary<string, (string Value, int Line)> _headers = new(StringComparer.Ordinal);
    private readonly List<ChartHeader> _unknownHeaders = [];
    private readonly SortedDictionary<int, VoiceBuilder> _voices = [];
    private readonly Dictionary<int, int> _voiceChangeLines = [];
    private VoiceBuilder? _voice;
    private bool _relative;

    public ChartReader(string text, ChartTextEncoding? encoding, IReadOnlyList<ChartDiagnostic> decodingWarnings)
    {
        _text = text;
        _encoding = encoding;
        _warnings.AddRange(decodingWarnings);
    }

    public ChartParseResult Read()
    {
        bool inBody = false;
        int lineNumber = 0;
        foreach (var rawLine in Lines(_text))
        {
            lineNumber++;
            string line = lineNumber == 1 ? rawLine.TrimStart('\uFEFF') : rawLine;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var trimmed = line.TrimStart();

            if (!inBody)
            {
                if (trimmed[0] == '#')
                {
                    ReadHeader(lineNumber, trimmed[1..]);
                    continue;
                }

                inBody = true;
                _relative = HeaderValue("RELATIVE") is { } relative && relative.Equals("yes", StringComparison.OrdinalIgnoreCase);
            }

            if (!ReadBodyLine(lineNumber, trimmed))
                break;
        }

        var chart = BuildChart();
        return new ChartParseResult(_errors.Count == 0 ? chart : null, _errors.Items, _warnings.Items, _encoding);
    }

    private static IEnumerable<string> Lines(string text)
    {
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (end < 0)
            {
                if (start < text.Length)
                    yield return text[start..];
                yield break;
            }

            yield return text.Substring(start, end);
            int next = start + end;
            start = next + (text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1);
        }
    }

    // ---- headers ----

    private void ReadHeader(int line, string content)
    {
        int colon = content.IndexOf(':');
        if (colon < 0)
        {
            _errors.Add(line, $"header \"#{Clip(content)}\" has no colon; write it as #KEY:VALUE, such as #TITLE:Danny Boy");
            return;
        }

        string key = content[..colon].Trim().ToUpperInvariant();
        string value = content[(colon + 1)..].Trim();
        if (key.Length == 0)
        {
            _errors.Add(line, "header has no name before its colon; write it as #KEY:VALUE, such as #TITLE:Danny Boy");
            return;
        }

        if (value.Length == 0)
            return; // the format says an empty value is the same as no header

        if (!IsKnown(key))
        {
            _unknownHeaders.Add(new ChartHeader(key, value, line));
            return;
        }

        if (_headers.TryGetValue(key, out var first))
        {
            _warnings.Add(line, $"#{key} appears again (first on line {first.Line}); the first value is used — delete one of them");
            return;
        }

        _headers[key] = (value, line);
        CheckHeaderSyntax(line, key, value);
    }

    private static bool IsKnown(string key) => key switch
    {
        "VERSION" or "TITLE" or "ARTIST" or "BPM" or "GAP" or "START" or "END" or "MP3" or "AUDIO" or "VOCALS"
            or "INSTRUMENTAL" or "COVER" or "BACKGROUND" or "VIDEO" or "VIDEOGAP" or "PREVIEWSTART"
            or "MEDLEYSTARTBEAT" or "MEDLEYENDBEAT" or "LANGUAGE" or "GENRE" or "YEAR" or "TAGS" or "RELATIVE"
            or "ENCODING" => true,
        _ => IsVoiceNameKey(key, out _),
    };

    /// <summary>#P1…#P9 and the legacy #DUETSINGERP1…#DUETSINGERP9 name voices.</summary>
    private static bool IsVoiceNameKey(string key, out int voice)
    {
        voice = 0;
        var digits = key.StartsWith("DUETSINGERP", StringComparison.Ordinal) ? key["DUETSINGERP".Length..]
            : key.StartsWith('P') ? key[1..] : null;
        return digits is { Length: 1 } && digits[0] is >= '1' and <= '9' && (voice = digits[0] - '0') > 0;
    }

    /// <summary>Checks values whose syntax the format fixes, so mistakes are reported at their line.</summary>
    private void CheckHeaderSyntax(int line, string key, string value)
    {
        switch (key)
        {
            case "VERSION":
                var parts = value.Split('.');
                if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
                    _errors.Add(line, $"#VERSION \"{Clip(value)}\" is not a version like 1.0.0; fix it or delete the line for a legacy file");
                else if (int.TryParse(parts[0], CultureInfo.InvariantCulture, out var major) && major > 1)
                    _warnings.Add(line, $"#VERSION {value} is newer than the format versions read here (1.x); the chart is read as 1.x and newer features may be missing");
                break;
            case "BPM":
                if (!TryParseDecimal(value, allowNegative: true, out var bpm))
                    _errors.Add(line, $"#BPM \"{Clip(value)}\" is not a number; write it like 120 or 120,5");
                else if (bpm <= 0)
                    _errors.Add(line, $"#BPM {value} must be above 0; it sets how long a beat lasts");
                break;
            case "GAP":
            case "END":
                // A few legacy charts start their first beat before the audio does: a negative #GAP is kept.
                if (!TryParseDecimal(value, allowNegative: key == "GAP", out _))
                    _errors.Add(line, $"#{key} \"{Clip(value)}\" is not a number of milliseconds; write it like 12500 or 12500,5");
                break;
            case "START":
                if (!TryParseDecimal(value, allowNegative: false, out _))
                    _errors.Add(line, $"#START \"{Clip(value)}\" is not a number of seconds; write it like 12 or 12,5");
                break;
            case "VIDEOGAP":
            case "PREVIEWSTART":
                if (!TryParseDecimal(value, allowNegative: key == "VIDEOGAP", out _))
                    _warnings.Add(line, $"#{key} \"{Clip(value)}\" is not a number of seconds and is ignored; write it like 2,5");
                break;
            case "MEDLEYSTARTBEAT":
            case "MEDLEYENDBEAT":
                if (!TryParseWhole(value, out _))
                    _warnings.Add(line, $"#{key} \"{Clip(value)}\" is not a whole number of beats and is ignored");
                break;
            case "YEAR":
                if (!TryParseWhole(value, out var year) || year <= 0)
                    _warnings.Add(line, $"#YEAR \"{Clip(value)}\" is not a year and is ignored; write it like 1998");
                break;
            case "RELATIVE":
                if (!value.Equals("yes", StringComparison.OrdinalIgnoreCase) && !value.Equals("no", StringComparison.OrdinalIgnoreCase))
                    _warnings.Add(line, $"#RELATIVE \"{Clip(value)}\" is neither yes nor no; it is read as no");
                break;
        }
    }

    private string? HeaderValue(string key) => _headers.TryGetValue(key, out var h) ? h.Value : null;

    private double? HeaderDecimal(string key, bool allowNegative = false) =>
        HeaderValue(key) is { } v && TryParseDecimal(v, allowNegative, out var d) ? d : null;

    private int? HeaderWhole(string key) => HeaderValue(key) is { } v && TryParseWhole(v, out var i) ? i : null;

    // ---- body ----

    /// <summary>Reads one non-empty body line; false when it is the end marker.</summary>
    private bool ReadBodyLine(int line, string text)
    {
        char tag = text[0];
        string rest = text[1..];
        if (tag == 'E' && rest.Trim().Length == 0)
            return false;

        if (tag == '#')
        {
            _warnings.Add(line, $"header \"#{Clip(text[1..])}\" comes after the first note and is ignored; move it above the notes");
            return true;
        }

        if (tag == '-')
        {
            ReadPhraseEnd(line, rest);
            return true;
        }

        if (tag == 'P' && rest.Trim() is { Length: > 0 } number && number.All(char.IsAsciiDigit))
        {
            ReadVoiceChange(line, number);
            return true;
        }

        ReadNote(line, tag, rest);
        return true;
    }

    private VoiceBuilder CurrentVoice()
    {
        if (_voice is null)
        {
            // A body without voice changes is sung by P1.
            _voice = new VoiceBuilder(1);
            _voices[1] = _voice;
        }

        return _voice;
    }

    private void ReadVoiceChange(int line, string number)
    {
        if (number.Length != 1 || number[0] == '0')
        {
            _errors.Add(line, $"voice P{Clip(number)} does not exist; duets use P1 to P9");
            return;
        }

        int voice = number[0] - '0';
        if (!_voices.TryGetValue(voice, out var builder))
        {
            builder = new VoiceBuilder(voice);
            _voices[voice] = builder;
            _voiceChangeLines[voice] = line;
        }

        _voice = builder;
    }

    private void ReadPhraseEnd(int line, string rest)
    {
        var voice = CurrentVoice();
        var fields = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 0)
        {
            _errors.Add(line, "phrase end has no beat; write it as \"- BEAT\", such as \"- 24\"");
            return;
        }

        if (fields.Length > 2)
        {
            _errors.Add(line, $"phrase end has {fields.Length} numbers; write it as \"- BEAT\" (or \"- BEAT OFFSET\" in #RELATIVE files)");
            return;
        }

        if (ParseBeat(fields[0], out var beat) is { } beatProblem)
        {
            _errors.Add(line, $"phrase end beat \"{Clip(fields[0])}\" {beatProblem}");
            return;
        }

        long offset = 0;
        if (_relative)
        {
            if (fields.Length < 2)
            {
                _errors.Add(line, "in a #RELATIVE:yes file a phrase end needs two numbers, \"- BEAT OFFSET\"; add the beat the next phrase counts from");
                return;
            }

            if (ParseBeat(fields[1], out offset) is { } offsetProblem)
            {
                _errors.Add(line, $"phrase end offset \"{Clip(fields[1])}\" {offsetProblem}");
                return;
            }
        }

        long absolute = voice.RelativeOffsetBeats + beat;
        if (IsBeyondSong(absolute))
        {
            _errors.Add(line, $"phrase end at beat {absolute} is beyond any song's length; check the number");
            return;
        }

        voice.RelativeOffsetBeats += offset;
        if (IsBeyondSong(voice.RelativeOffsetBeats))
        {
            _errors.Add(line, $"phrase offset reaches beat {voice.RelativeOffsetBeats}, beyond any song's length; check the number");
            voice.RelativeOffsetBeats = 0;
        }

        if (voice.OpenNotes.Count == 0)
        {
            _warnings.Add(line, "phrase end with no notes before it (a second one in a row, or one before the first note) is ignored; delete it");
            return;
        }

        CheckPhraseEnd(line, (int)absolute, voice);
        voice.EndPhrase((int)absolute);
    }

    private void CheckPhraseEnd(int line, int endBeat, VoiceBuilder voice)
    {
        for (int i = 0; i < voice.OpenNotes.Count; i++)
        {
            var note = voice.OpenNotes[i];
            if (note.StartBeat <= endBeat && endBeat < note.EndBeat)
            {
                _warnings.Add(line, $"phrase end at beat {endBeat} falls inside the note on line {voice.OpenNoteLines[i]} " +
                    $"(beats {note.StartBeat}–{note.EndBeat}); move it to beat {note.EndBeat} or later");
                return;
            }

            if (note.StartBeat > endBeat)
            {
                _warnings.Add(line, $"phrase end at beat {endBeat} comes before the note on line {voice.OpenNoteLines[i]} " +
                    $"(beat {note.StartBeat}) that it closes; move it after that note");
                return;
            }
        }
    }

    private void ReadNote(int line, char tag, string rest)
    {
        ChartNoteType? type = tag switch
        {
            ':' => ChartNoteType.Normal,
            '*' => ChartNoteType.Golden,
            'R' => ChartNoteType.Rap,
            'G' => ChartNoteType.GoldenRap,
            'F' => ChartNoteType.Freestyle,
            _ => null,
        };

        bool looksLikeNote = rest.Length > 0 && IsSeparator(rest[0]) && tag is > ' ' and <= '~';
        if (!looksLikeNote)
        {
            _errors.Add(line, $"\"{Clip(tag + rest)}\" is not a note, a phrase end (- BEAT), a voice change (P1) or the end (E); " +
                $"{NoteShape}, and headers (#KEY:VALUE) go above the notes");
            return;
        }

        int position = 0;
        string? start = NextField(rest, ref position), length = NextField(rest, ref position), pitch = NextField(rest, ref position);
        if (pitch is null)
        {
            string missing = start is null ? "start beat, length and pitch" : length is null ? "length and pitch" : "pitch";
            _errors.Add(line, $"note has no {missing}; {NoteShape}");
            return;
        }

        // Exactly one separator follows the pitch: any further spaces belong to the syllable as a word boundary.
        string text = position < rest.Length ? rest[(position + 1)..] : "";

        bool valid = true;
        if (ParseBeat(start!, out var startBeat) is { } startProblem)
            valid = Fail(line, $"note start \"{Clip(start!)}\" {startProblem}; {NoteShape}");
        if (!TryParseWhole(length!, out var lengthBeats))
            valid = Fail(line, $"note length \"{Clip(length!)}\" is not a whole number of beats; {NoteShape}");
        else if (lengthBeats < 0)
            valid = Fail(line, $"note length {lengthBeats} is negative; a note lasts 1 beat or more");
        else if (lengthBeats > MaxBeat)
            valid = Fail(line, $"note length {lengthBeats} is beyond any song's length; check the number");
        if (!int.TryParse(pitch, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var semitones))
            valid = Fail(line, $"note pitch \"{Clip(pitch)}\" is not a whole number of semitones from C4 (0 = C4, 12 = C5, -12 = C3)");
        else if (semitones is > MaxPitch or < -MaxPitch)
            valid = Fail(line, $"note pitch {semitones} is not a plausible number of semitones from C4 (0 = C4, 12 = C5, -12 = C3)");
        if (!valid)
            return;

        var voice = CurrentVoice();
        long absoluteStart = voice.RelativeOffsetBeats + startBeat;
        if (IsBeyondSong(absoluteStart) || IsBeyondSong(absoluteStart + lengthBeats))
        {
            _errors.Add(line, $"note at beat {absoluteStart} lasting {lengthBeats} beats is beyond any song's length; check the numbers");
            return;
        }

        if (type is null)
        {
            _warnings.Add(line, $"note type '{tag}' is unknown (the types are : * R G F); the note is read as freestyle (F) and not scored");
            type = ChartNoteType.Freestyle;
        }

        var note = new ChartNote(type.Value, (int)absoluteStart, lengthBeats, semitones, text);
        CheckNote(line, note, voice);
        voice.AddNote(note, line);
    }

    private bool Fail(int line, string message)
    {
        _errors.Add(line, message);
        return false;
    }

    private void CheckNote(int line, ChartNote note, VoiceBuilder voice)
    {
        if (note.StartBeat < 0)
            _warnings.Add(line, $"note starts at beat {note.StartBeat}, before beat 0; lower #GAP instead of using negative beats");
        if (note.LengthBeats == 0)
            _warnings.Add(line, "note has zero length and cannot be sung; give it a length of 1 beat or more");

        if (voice.LastNote is { } previous)
        {
            if (note.StartBeat < previous.StartBeat)
                _warnings.Add(line, $"note at beat {note.StartBeat} comes before the note on line {voice.LastNoteLine} " +
                    $"(beat {previous.StartBeat}); notes should be in time order");
            else if (note.StartBeat < previous.EndBeat)
                _warnings.Add(line, $"note at beat {note.StartBeat} overlaps the note on line {voice.LastNoteLine} " +
                    $"(beats {previous.StartBeat}–{previous.EndBeat}); shorten that note or move this one");
        }

        if (note.HasPitch && note.MidiNote is < LowestSingableMidi or > HighestSingableMidi)
            _warnings.Add(line, $"note pitch {note.Pitch} is {NoteName(note.MidiNote)}, outside C1–C7 where voices sing; " +
                "check the pitch column (0 = C4, 12 = C5, -12 = C3)");
    }

    /// <summary>The next whitespace-separated field starting at <paramref name="position"/>, or null at the end.</summary>
    private static string? NextField(string text, ref int position)
    {
        while (position < text.Length && IsSeparator(text[position]))
            position++;
        if (position >= text.Length)
            return null;
        int start = position;
        while (position < text.Length && !IsSeparator(text[position]))
            position++;
        return text[start..position];
    }

    private static bool IsSeparator(char c) => c is ' ' or '\t' || (char.IsWhiteSpace(c) && c is not '\r' and not '\n');

    // ---- the model ----

    private Chart? BuildChart()
    {
        var title = HeaderValue("TITLE");
        var artist = HeaderValue("ARTIST");
        var audio = HeaderValue("AUDIO") ?? HeaderValue("MP3");
        var bpm = HeaderDecimal("BPM", allowNegative: true);
        if (title is null)
            _errors.Add(0, "the #TITLE header is missing; add a line such as #TITLE:Danny Boy above the notes");
        if (artist is null)
            _errors.Add(0, "the #ARTIST header is missing; add a line such as #ARTIST:Traditional above the notes");
        if (!_headers.ContainsKey("BPM"))
            _errors.Add(0, "the #BPM header is missing; add a line such as #BPM:240 above the notes (beats per minute ÷ 4)");
        if (audio is null)
            _errors.Add(0, "neither #AUDIO nor #MP3 names the song's audio file; add a line such as #AUDIO:song.ogg above the notes");

        var names = VoiceNames();
        var voices = new List<ChartVoice>();
        foreach (var (number, builder) in _voices)
        {
            if (!builder.HasNotes)
            {
                _warnings.Add(_voiceChangeLines.GetValueOrDefault(number), $"voice P{number} has no notes and is left out");
                continue;
            }

            voices.Add(builder.Build(names.GetValueOrDefault(number)));
        }

        if (voices.Count == 0)
            _errors.Add(0, "the chart has no notes; note lines such as \": 12 4 0 la\" go after the headers");
        if (voices.Count > 1)
        {
            foreach (var v in voices.Where(v => v.SingerName is null))
                _warnings.Add(_voiceChangeLines.GetValueOrDefault(v.Number), $"duet voice P{v.Number} has no singer name; add #P{v.Number}:<name> to the headers");
        }

        if (_errors.Count > 0 || title is null || artist is null || audio is null || bpm is not > 0)
            return null;

        return new Chart
        {
            Version = HeaderValue("VERSION"),
            Title = title,
            Artist = artist,
            Bpm = bpm.Value,
            GapMs = HeaderDecimal("GAP", allowNegative: true) ?? 0,
            StartSeconds = HeaderDecimal("START"),
            EndMs = HeaderDecimal("END"),
            Audio = audio,
            Vocals = HeaderValue("VOCALS"),
            Instrumental = HeaderValue("INSTRUMENTAL"),
            Cover = HeaderValue("COVER"),
            Background = HeaderValue("BACKGROUND"),
            Video = HeaderValue("VIDEO"),
            VideoGapSeconds = HeaderDecimal("VIDEOGAP", allowNegative: true),
            PreviewStartSeconds = HeaderDecimal("PREVIEWSTART"),
            MedleyStartBeat = HeaderWhole("MEDLEYSTARTBEAT"),
            MedleyEndBeat = HeaderWhole("MEDLEYENDBEAT"),
            Language = HeaderValue("LANGUAGE"),
            Genre = HeaderValue("GENRE"),
            Year = HeaderWhole("YEAR") is > 0 and var year ? year : null,
            Tags = HeaderValue("TAGS"),
            IsRelative = _relative,
            UnknownHeaders = [.. _unknownHeaders],
            Voices = voices,
        };
    }

    /// <summary>Singer names by voice; #Pn wins over the legacy #DUETSINGERPn, as the format says.</summary>
    private Dictionary<int, string> VoiceNames()
    {
        var names = new Dictionary<int, string>();
        foreach (var (key, header) in _headers.OrderBy(h => h.Key.StartsWith('P') ? 0 : 1))
        {
            if (IsVoiceNameKey(key, out var voice))
                names.TryAdd(voice, header.Value);
        }

        return names;
    }

    // ---- numbers ----

    /// <summary>A decimal with a comma or point, as charts from every locale write them; finite only.</summary>
    private static bool TryParseDecimal(string text, bool allowNegative, out double value)
    {
        var style = NumberStyles.AllowDecimalPoint | (allowNegative ? NumberStyles.AllowLeadingSign : NumberStyles.None);
        return double.TryParse(text.Replace(',', '.'), style, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static bool TryParseWhole(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Reads a beat count; returns what is wrong with it, or null when it is fine.</summary>
    private static string? ParseBeat(string text, out long value)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
            return "is not a whole number of beats";
        return IsBeyondSong(value) ? "is beyond any song's length; check the number" : null;
    }

    private static bool IsBeyondSong(long beat) => beat is > MaxBeat or < -MaxBeat;

    private static string NoteName(int midi)
    {
        string[] names = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
        return $"{names[((midi % 12) + 12) % 12]}{(int)Math.Floor(midi / 12.0) - 1}";
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
