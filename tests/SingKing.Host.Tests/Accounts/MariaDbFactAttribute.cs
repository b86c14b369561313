using SingKing.Storage.Tests.Support;

namespace SingKing.Host.Tests.Accounts;

/// <summary>A fact that needs MariaDB's binaries: skipped, saying how to install them, where they are missing outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MariaDbFactAttribute : FactAttribute
{
    public MariaDbFactAttribute()
    {
        if (MariaDbBinaries.SkipReason is { } reason)
            Skip = reason;
    }
}
