namespace SingKing.Training;

/// <summary>A corpus folder that cannot be trained on; the message says what to fix.</summary>
public sealed class TimbreCorpusException(string message) : Exception(message);
