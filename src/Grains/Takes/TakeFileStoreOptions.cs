namespace SingKing.Grains.Takes;

/// <summary>Where takes are kept.</summary>
public sealed class TakeFileStoreOptions
{
    /// <summary>
    /// Absolute path of the data folder (configuration <c>SingKing:DataPath</c>, by default <c>data</c> under
    /// the content root). Takes go to <c>&lt;DataPath&gt;/takes/&lt;singerId&gt;/&lt;takeId&gt;/</c>.
    /// </summary>
    public string DataPath { get; set; } = "";
}
