namespace SingKing.Cli.Load;

/// <summary>Which hub a load run streams through.</summary>
internal enum LoadMode
{
    /// <summary>The singing hub, as the page uses it: startSession, streamChunks, endSession.</summary>
    Product,

    /// <summary>The bare-echo hub (host started with <c>Load:EchoHub=true</c>): streamChunks only, each chunk answered with its RMS.</summary>
    Echo,

    /// <summary>Echo first, then product, with the same singers and settings, reported side by side.</summary>
    Both,
}
