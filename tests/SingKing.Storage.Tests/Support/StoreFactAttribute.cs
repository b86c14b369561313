using Xunit.Sdk;

namespace SingKing.Storage.Tests.Support;

/// <summary>
/// A fact of the storage suite. Declared once on the shared contract tests, it is skipped only in the concrete
/// class marked <see cref="RequiresMariaDbAttribute"/>, and only when MariaDB is not installed outside CI.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("SingKing.Storage.Tests.Support.StoreFactDiscoverer", "SingKing.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;
