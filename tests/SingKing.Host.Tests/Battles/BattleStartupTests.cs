using Microsoft.Extensions.Logging.Abstractions;
using SingKing.Host.Battles;

namespace SingKing.Host.Tests.Battles;

public sealed class BattleStartupTests
{
    [Fact]
    public async Task Stopping_it_after_its_host_disposed_it_does_nothing()
    {
        // A host whose application asked to stop has stopped and disposed its services before its owner stops it again.
        var startup = new BattleStartup(grains: null!, TimeProvider.System, NullLogger<BattleStartup>.Instance);
        await startup.StopAsync(CancellationToken.None);
        startup.Dispose();

        var error = await Record.ExceptionAsync(() => startup.StopAsync(CancellationToken.None));

        Assert.Null(error);
    }
}
