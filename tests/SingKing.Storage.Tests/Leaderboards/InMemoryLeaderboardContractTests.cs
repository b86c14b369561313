using SingKing.Storage.Leaderboards;

namespace SingKing.Storage.Tests.Leaderboards;

public sealed class InMemoryLeaderboardContractTests : LeaderboardContractTests
{
    protected override ILeaderboardStore Store { get; } = new InMemoryLeaderboardStore();
}
