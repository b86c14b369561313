using Dapper;

namespace SingKing.Storage.Diagnoses;

/// <summary>Range and timbre diagnoses in SQLite or MariaDB.</summary>
public sealed class SqlDiagnosisStore(StorageDatabase database) : IDiagnosisStore
{
    private const string SelectRange =
        """
        SELECT id AS Id, singer_id AS SingerId, take_id AS TakeId,
               lowest_note AS LowestNote, lowest_hz AS LowestHz, highest_note AS HighestNote, highest_hz AS HighestHz,
               voice_type AS VoiceType, measured_at AS MeasuredAt
        FROM range_diagnoses
        WHERE singer_id = @singerId
        ORDER BY measured_at DESC, id DESC
        LIMIT @limit;
        """;

    private const string SelectTimbre =
        """
        SELECT id AS Id, singer_id AS SingerId, take_id AS TakeId,
               timbre_class AS Class, probabilities_json AS ProbabilitiesJson, measured_at AS MeasuredAt
        FROM timbre_diagnoses
        WHERE singer_id = @singerId
        ORDER BY measured_at DESC, id DESC
        LIMIT @limit;
        """;

    /// <inheritdoc />
    public Task<long> AddRangeAsync(RangeDiagnosis diagnosis, CancellationToken cancellationToken) =>
        database.RunAsync(
            connection => connection.ExecuteScalarAsync<long>(StorageDatabase.Command(
                $"""
                INSERT INTO range_diagnoses (singer_id, take_id, lowest_note, lowest_hz, highest_note, highest_hz, voice_type, measured_at)
                VALUES (@SingerId, @TakeId, @LowestNote, @LowestHz, @HighestNote, @HighestHz, @VoiceType, @MeasuredAt);
                {database.Provider.LastInsertIdSql}
                """,
                diagnosis,
                cancellationToken)),
            cancellationToken);

    /// <inheritdoc />
    public Task<long> AddTimbreAsync(TimbreDiagnosis diagnosis, CancellationToken cancellationToken) =>
        database.RunAsync(
            connection => connection.ExecuteScalarAsync<long>(StorageDatabase.Command(
                $"""
                INSERT INTO timbre_diagnoses (singer_id, take_id, timbre_class, probabilities_json, measured_at)
                VALUES (@SingerId, @TakeId, @Class, @ProbabilitiesJson, @MeasuredAt);
                {database.Provider.LastInsertIdSql}
                """,
                new
                {
                    diagnosis.SingerId,
                    diagnosis.TakeId,
                    Class = diagnosis.Class.ToString().ToLowerInvariant(),
                    diagnosis.ProbabilitiesJson,
                    diagnosis.MeasuredAt,
                },
                cancellationToken)),
            cancellationToken);

    /// <inheritdoc />
    public async Task<RangeDiagnosis?> LatestRangeAsync(long singerId, CancellationToken cancellationToken) =>
        (await ListRangeAsync(singerId, 1, cancellationToken)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<TimbreDiagnosis?> LatestTimbreAsync(long singerId, CancellationToken cancellationToken) =>
        (await ListTimbreAsync(singerId, 1, cancellationToken)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<RangeDiagnosis>> ListRangeAsync(long singerId, int limit, CancellationToken cancellationToken) =>
        (await database.RunAsync(
            connection => connection.QueryAsync<RangeDiagnosis>(StorageDatabase.Command(SelectRange, new { singerId, limit = PageLimits.Limit(limit) }, cancellationToken)),
            cancellationToken)).AsList();

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimbreDiagnosis>> ListTimbreAsync(long singerId, int limit, CancellationToken cancellationToken) =>
        (await database.RunAsync(
            connection => connection.QueryAsync<TimbreDiagnosis>(StorageDatabase.Command(SelectTimbre, new { singerId, limit = PageLimits.Limit(limit) }, cancellationToken)),
            cancellationToken)).AsList();
}
