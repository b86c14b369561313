namespace SingKing.Dsp.Audio;

/// <summary>Audio that cannot be read: not a WAV file, an unsupported encoding or rate, or a broken file.</summary>
public sealed class AudioFormatException(string message) : Exception(message);
