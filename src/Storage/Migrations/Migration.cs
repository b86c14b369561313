namespace SingKing.Storage.Migrations;

/// <summary>One numbered script: <c>Migrations/&lt;Provider&gt;/NNNN_name.sql</c>.</summary>
/// <param name="Version">The number, applied in ascending order, each exactly once.</param>
/// <param name="Name">The rest of the file name, recorded in <c>schema_version</c>.</param>
/// <param name="Sql">The script.</param>
internal sealed record Migration(int Version, string Name, string Sql);
