using SingKing.Dsp.Audio;
using SingKing.Dsp.Timbre;

namespace SingKing.Training.Tests;

/// <summary>A small synthetic corpus on disk: every timbre, a few singers, two short clips each.</summary>
public sealed class TinyCorpus : IDisposable
{
    public TinyCorpus(int singers = 5, int clips = 2, double seconds = 2.0)
    {
        Folder = Path.Combine(Path.GetTempPath(), "singking-timbre-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var label in TimbreLabels.All)
        {
            Directory.CreateDirectory(Path.Combine(Folder, label));
            for (var singer = 0; singer < singers; singer++)
            {
                var voice = new SyntheticTimbreSinger(label, singer);
                for (var clip = 0; clip < clips; clip++)
                {
                    using var stream = File.Create(Path.Combine(Folder, label, $"singer{singer:D2}-clip{clip}.wav"));
                    WavWriter.Write(stream, voice.Sing(clip, seconds), 16_000);
                }
            }
        }
    }

    public string Folder { get; }

    public string ModelPath => Path.Combine(Folder, "out", "model.onnx");

    public void Dispose()
    {
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}
