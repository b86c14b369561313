namespace SingKing.Benchmarks.Accuracy;

/// <summary>One corpus clip as every tool sees it: the 16-bit WAV on disk and the same samples in memory.</summary>
/// <param name="WavPath">Path of the mono 16-bit WAV.</param>
/// <param name="Samples">The WAV's samples as floats in [−1, 1] (already quantized to 16 bits).</param>
/// <param name="SampleRate">Sample rate in Hz.</param>
/// <param name="FrameCount">Frames of the truth grid: frame k is centred at k × 10 ms.</param>
internal sealed record ClipAudio(string WavPath, float[] Samples, int SampleRate, int FrameCount);
