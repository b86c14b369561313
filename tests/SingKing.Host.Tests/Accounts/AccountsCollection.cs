namespace SingKing.Host.Tests.Accounts;

/// <summary>The account tests share one host and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AccountsCollection : ICollectionFixture<AccountsHostFixture>
{
    public const string Name = "accounts";
}
