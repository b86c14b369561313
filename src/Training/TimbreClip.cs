using SingKing.Dsp.Timbre;

namespace SingKing.Training;

/// <summary>One labelled recording of a corpus, cut into MFCC patches.</summary>
/// <param name="Path">The WAV file.</param>
/// <param name="Label">Index of its label (its folder) in the corpus's label list.</param>
/// <param name="Singer">Who sings it: clips of one singer are all held out or all trained on.</param>
/// <param name="Patches">Its MFCC patches.</param>
public sealed record TimbreClip(string Path, int Label, string Singer, MfccPatches Patches);
