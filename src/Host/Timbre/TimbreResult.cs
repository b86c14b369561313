using SingKing.Grains.Timbre;

namespace SingKing.Host.Timbre;

/// <summary>The answer of <c>POST /api/timbre</c>.</summary>
/// <param name="Label">The most probable timbre.</param>
/// <param name="Probabilities">Every timbre's probability (0–1), in the model's label order.</param>
/// <param name="Descriptors">Brightness, breathiness, roughness and vibrato measurements.</param>
/// <param name="Recommendations">Songs suggested for this voice, best first.</param>
/// <param name="Model">What the model is, so the page can say it is a synthetic baseline.</param>
public sealed record TimbreResult(
    string Label,
    IReadOnlyDictionary<string, double> Probabilities,
    TimbreDescriptors Descriptors,
    IReadOnlyList<TimbreRecommendation> Recommendations,
    TimbreModelInfo Model);
