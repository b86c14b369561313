using SingKing.Dsp.Audio;
using SingKing.Dsp.Timbre;
using SingKing.Grains.Timbre;

namespace SingKing.Training;

/// <summary>
/// A labelled corpus on disk: one sub-folder per label (its name is the label), WAV files inside. A file
/// named <c>SINGER-clipN.wav</c> belongs to SINGER; the held-out split takes whole singers, so the score
/// says how the model does on voices it never heard.
/// </summary>
public sealed class TimbreCorpus
{
    /// <summary>
    /// Name of the file in a corpus folder whose first line says where its clips came from
    /// (<see cref="TimbreModelContract.SyntheticData"/> for the generated corpus); it goes into the model's contract.
    /// </summary>
    public const string SourceFileName = "SOURCE.txt";

    private TimbreCorpus(IReadOnlyList<string> labels, IReadOnlyList<TimbreClip> training, IReadOnlyList<TimbreClip> heldOut, string? source)
    {
        Source = source;
        Labels = labels;
        Training = training;
        HeldOut = heldOut;
    }

    /// <summary>Where the clips came from (first line of <see cref="SourceFileName"/>), or null.</summary>
    public string? Source { get; }

    /// <summary>Labels, the sub-folder names in ordinal order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Clips to train on.</summary>
    public IReadOnlyList<TimbreClip> Training { get; }

    /// <summary>Clips of held-out singers.</summary>
    public IReadOnlyList<TimbreClip> HeldOut { get; }

    /// <summary>
    /// Reads <paramref name="folder"/> and holds out every <paramref name="holdOutEvery"/>-th singer of each
    /// label (singers in ordinal order, starting with the last of each group of that many).
    /// </summary>
    /// <exception cref="TimbreCorpusException">Fewer than two labels, a label without clips or singers to hold out, or an unreadable WAV.</exception>
    public static TimbreCorpus Load(string folder, MfccPatchOptions options, int holdOutEvery = 5)
    {
        if (!Directory.Exists(folder))
            throw new TimbreCorpusException($"{folder} is not a folder; give a folder with one sub-folder of WAV files per timbre.");
        ArgumentOutOfRangeException.ThrowIfLessThan(holdOutEvery, 2);
        var labels = Directory.GetDirectories(folder).Select(Path.GetFileName).OfType<string>()
            .Where(name => Directory.EnumerateFiles(Path.Combine(folder, name), "*.wav").Any())
            .Order(StringComparer.Ordinal).ToList();
        if (labels.Count < 2)
            throw new TimbreCorpusException($"{folder} has {labels.Count} sub-folder(s) with WAV files; a classifier needs at least two labels.");

        var extractor = new MfccPatchExtractor(options);
        var training = new List<TimbreClip>();
        var heldOut = new List<TimbreClip>();
        for (var label = 0; label < labels.Count; label++)
        {
            var files = Directory.GetFiles(Path.Combine(folder, labels[label]), "*.wav").Order(StringComparer.Ordinal).ToList();
            var singers = files.Select(SingerOf).Distinct().Order(StringComparer.Ordinal).ToList();
            if (singers.Count < holdOutEvery)
                throw new TimbreCorpusException($"{labels[label]} has {singers.Count} singer(s); hold-out needs at least {holdOutEvery} (name files SINGER-clipN.wav).");
            var held = singers.Where((_, i) => i % holdOutEvery == holdOutEvery - 1).ToHashSet(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var clip = new TimbreClip(file, label, SingerOf(file), extractor.Extract(Read(file, out var rate), rate));
                if (clip.Patches.Count == 0)
                    throw new TimbreCorpusException($"{file} has no mostly-sung {options.PatchFrames * options.HopSeconds:F2} s stretch; use clips of sung audio of a few seconds.");
                (held.Contains(clip.Singer) ? heldOut : training).Add(clip);
            }
        }

        var sourceFile = Path.Combine(folder, SourceFileName);
        var source = File.Exists(sourceFile) ? File.ReadLines(sourceFile).FirstOrDefault()?.Trim() : null;
        return new TimbreCorpus(labels, training, heldOut, string.IsNullOrEmpty(source) ? null : source);
    }

    /// <summary>The singer of a clip file: the file name up to <c>-clip</c>, or the whole name.</summary>
    public static string SingerOf(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var cut = name.LastIndexOf("-clip", StringComparison.OrdinalIgnoreCase);
        return cut > 0 ? name[..cut] : name;
    }

    private static float[] Read(string file, out int sampleRate)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var samples = WavReader.ReadAll(stream, out var format);
            sampleRate = format.SampleRate;
            return samples;
        }
        catch (AudioFormatException exception)
        {
            throw new TimbreCorpusException($"{file}: {exception.Message}");
        }
    }
}
