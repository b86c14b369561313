namespace SingKing.Dsp.Range;

/// <summary>
/// The classical range of each <see cref="VoiceType"/> and the rule that picks the type for a singer's range.
/// </summary>
/// <remarks>
/// Ranges (MIDI notes): bass E2–E4 (40–64), baritone G2–G4 (43–67), tenor C3–C5 (48–72), alto F3–F5 (53–77),
/// mezzo-soprano A3–A5 (57–81), soprano C4–C6 (60–84). Baritone is often given as A2–A4 too; G2–G4 puts its
/// centre midway between bass and tenor, which is where the voice sits.
/// </remarks>
public static class VoiceTypes
{
    private static readonly (VoiceType Type, int Low, int High, string Slug)[] Table =
    [
        (VoiceType.Bass, 40, 64, "bass"),
        (VoiceType.Baritone, 43, 67, "baritone"),
        (VoiceType.Tenor, 48, 72, "tenor"),
        (VoiceType.Alto, 53, 77, "alto"),
        (VoiceType.MezzoSoprano, 57, 81, "mezzo-soprano"),
        (VoiceType.Soprano, 60, 84, "soprano"),
    ];

    /// <summary>Lowest note of the type's classical range (MIDI).</summary>
    public static int LowestMidi(VoiceType type) => Entry(type).Low;

    /// <summary>Highest note of the type's classical range (MIDI).</summary>
    public static int HighestMidi(VoiceType type) => Entry(type).High;

    /// <summary>Lower-case name used on the wire and on the command line: "bass", …, "mezzo-soprano", "soprano".</summary>
    public static string Slug(VoiceType type) => Entry(type).Slug;

    /// <summary>
    /// The type whose classical range has its centre nearest the centre of the singer's range; on a tie, the
    /// type whose lowest note is nearest the singer's lowest note (the bottom of a voice is the part a short
    /// test finds most reliably; the top depends on warm-up and courage); on a further tie, the lower type.
    /// </summary>
    /// <param name="lowestMidi">The singer's lowest stable note (MIDI).</param>
    /// <param name="highestMidi">The singer's highest stable note (MIDI).</param>
    /// <remarks>
    /// A range found in a short test is usually narrower than the whole voice, so only its centre is
    /// trusted; a singer who only sang a few notes around the middle of the staff gets a plausible guess,
    /// not a diagnosis.
    /// </remarks>
    public static VoiceType Classify(int lowestMidi, int highestMidi)
    {
        if (highestMidi < lowestMidi)
            throw new ArgumentException("The highest note must not be below the lowest.", nameof(highestMidi));
        double centre = (lowestMidi + highestMidi) / 2.0;
        var best = Table[0];
        foreach (var entry in Table.AsSpan(1))
        {
            double distance = Math.Abs((entry.Low + entry.High) / 2.0 - centre);
            double bestDistance = Math.Abs((best.Low + best.High) / 2.0 - centre);
            if (distance < bestDistance
                || (distance == bestDistance && Math.Abs(entry.Low - lowestMidi) < Math.Abs(best.Low - lowestMidi)))
                best = entry;
        }
        return best.Type;
    }

    private static (VoiceType Type, int Low, int High, string Slug) Entry(VoiceType type) =>
        (int)type >= 0 && (int)type < Table.Length
            ? Table[(int)type]
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a voice type.");
}
