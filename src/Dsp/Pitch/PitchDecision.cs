namespace SingKing.Dsp.Pitch;

/// <summary>The decoder's verdict on one frame.</summary>
internal readonly record struct PitchDecision(float FrequencyHz, float Periodicity, float LevelDb);
