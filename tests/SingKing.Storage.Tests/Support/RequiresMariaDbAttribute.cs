namespace SingKing.Storage.Tests.Support;

/// <summary>Marks a test class that needs the real MariaDB server: its <see cref="StoreFactAttribute"/> tests are skipped when the binaries are missing outside CI.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresMariaDbAttribute : Attribute;
