namespace SingKing.Grains.Timbre;

/// <summary>Diagnoses a singer's timbre from a recording, away from the live sessions.</summary>
public interface ITimbreGrain : IGrainWithIntegerKey
{
    /// <summary>Diagnoses <paramref name="samples"/> (mono, in [−1, 1]) recorded at <paramref name="sampleRate"/> Hz.</summary>
    /// <exception cref="TimbreRecordingException">Too short, too long, or not enough singing.</exception>
    Task<TimbreDiagnosis> DiagnoseAsync(float[] samples, int sampleRate);
}
