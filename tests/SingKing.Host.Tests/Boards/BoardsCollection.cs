namespace SingKing.Host.Tests.Boards;

/// <summary>The board tests share one host and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BoardsCollection : ICollectionFixture<BoardsHostFixture>
{
    public const string Name = "boards";
}
