namespace SingKing.Dsp.Synthesis;

/// <summary>Vocal tract size, which scales the formant frequencies.</summary>
public enum VocalTract
{
    /// <summary>An adult male tract: formants as measured by Peterson &amp; Barney (JASA 1952) for men.</summary>
    Male,

    /// <summary>An adult female tract: the male formants raised by 17 %, the average ratio in Peterson &amp; Barney.</summary>
    Female,
}
