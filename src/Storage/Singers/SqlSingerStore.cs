using System.Text;
using Dapper;

namespace SingKing.Storage.Singers;

/// <summary>Singers in SQLite or MariaDB.</summary>
public sealed class SqlSingerStore(StorageDatabase database) : ISingerStore
{
    private const string SelectSinger =
        """
        SELECT id                 AS Id,
               user_name          AS UserName,
               email              AS Email,
               display_name       AS DisplayName,
               password_hash      AS PasswordHash,
               preferred_language AS PreferredLanguage,
               created_at         AS CreatedAt,
               level              AS Level,
               experience_points  AS ExperiencePoints
        FROM singers
        """;

    /// <inheritdoc />
    public async Task<Singer> CreateAsync(NewSinger singer, CancellationToken cancellationToken)
    {
        var sql =
            $"""
            INSERT INTO singers (user_name, user_name_key, email, email_key, display_name, password_hash,
                                 preferred_language, created_at, level, experience_points)
            VALUES (@UserName, @UserNameKey, @Email, @EmailKey, @DisplayName, @PasswordHash,
                    @PreferredLanguage, @CreatedAt, 1, 0);
            {database.Provider.LastInsertIdSql}
            """;
        try
        {
            var id = await database.RunAsync(
                connection => connection.ExecuteScalarAsync<long>(StorageDatabase.Command(
                    sql,
                    new
                    {
                        UserName = singer.UserName.Trim(),
                        UserNameKey = Key(singer.UserName),
                        Email = singer.Email.Trim(),
                        EmailKey = Key(singer.Email),
                        singer.DisplayName,
                        singer.PasswordHash,
                        singer.PreferredLanguage,
                        singer.CreatedAt,
                    },
                    cancellationToken)),
                cancellationToken);
            return (await GetAsync(id, cancellationToken))!;
        }
        catch (StorageConflictException exception) when (exception.Conflict == StorageConflict.Duplicate)
        {
            // The engines' messages name the index, but next to the user's own text; asking which value is taken
            // cannot be fooled by a user name that looks like an index name.
            var field = await FindByUserNameAsync(singer.UserName, cancellationToken) is not null ? SingerField.UserName : SingerField.Email;
            throw new SingerAlreadyExistsException(field, exception);
        }
    }

    /// <inheritdoc />
    public Task<Singer?> GetAsync(long id, CancellationToken cancellationToken) =>
        QuerySingleAsync($"{SelectSinger} WHERE id = @id;", new { id }, cancellationToken);

    /// <inheritdoc />
    public Task<Singer?> FindByUserNameAsync(string userName, CancellationToken cancellationToken) =>
        QuerySingleAsync($"{SelectSinger} WHERE user_name_key = @key;", new { key = Key(userName) }, cancellationToken);

    /// <inheritdoc />
    public Task<Singer?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        QuerySingleAsync($"{SelectSinger} WHERE email_key = @key;", new { key = Key(email) }, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> UpdateProfileAsync(long id, string displayName, string preferredLanguage, CancellationToken cancellationToken) =>
        await database.RunAsync(
            connection => connection.ExecuteAsync(StorageDatabase.Command(
                "UPDATE singers SET display_name = @displayName, preferred_language = @preferredLanguage WHERE id = @id;",
                new { id, displayName, preferredLanguage },
                cancellationToken)),
            cancellationToken) > 0;

    /// <inheritdoc />
    public async Task<bool> UpdatePasswordHashAsync(long id, string passwordHash, CancellationToken cancellationToken) =>
        await database.RunAsync(
            connection => connection.ExecuteAsync(StorageDatabase.Command(
                "UPDATE singers SET password_hash = @passwordHash WHERE id = @id;",
                new { id, passwordHash },
                cancellationToken)),
            cancellationToken) > 0;

    /// <inheritdoc />
    public Task<SingerProgress> AwardExperienceAsync(ExperienceEvent award, Func<long, int> levelForPoints, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                // Lock the singer's row (MariaDB) so two awards at once add up instead of one overwriting the other's level.
                var current = await connection.QuerySingleOrDefaultAsync<Singer>(StorageDatabase.Command(
                    $"{SelectSinger} WHERE id = @SingerId {database.Provider.ForUpdate};",
                    award,
                    cancellationToken,
                    transaction));
                if (current is null)
                {
                    throw new StorageConflictException(StorageConflict.MissingReference, $"There is no singer {award.SingerId}.");
                }

                var points = current.ExperiencePoints + award.Amount;
                if (points < 0)
                {
                    throw new StorageConflictException(
                        StorageConflict.OutOfRange, $"Singer {award.SingerId} has {current.ExperiencePoints} points; taking {-award.Amount} would go below 0.");
                }

                var level = levelForPoints(points);
                await connection.ExecuteAsync(StorageDatabase.Command(
                    """
                    INSERT INTO experience_events (singer_id, amount, reason, occurred_at)
                    VALUES (@SingerId, @Amount, @Reason, @OccurredAt);
                    """,
                    award,
                    cancellationToken,
                    transaction));
                await connection.ExecuteAsync(StorageDatabase.Command(
                    "UPDATE singers SET experience_points = @points, level = @level WHERE id = @id;",
                    new { id = award.SingerId, points, level },
                    cancellationToken,
                    transaction));
                return new SingerProgress(points, level, current.Level);
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExperienceEvent>> ListExperienceAsync(long singerId, int limit, CancellationToken cancellationToken) =>
        (await database.RunAsync(
            connection => connection.QueryAsync<ExperienceEvent>(StorageDatabase.Command(
                """
                SELECT id AS Id, singer_id AS SingerId, amount AS Amount, reason AS Reason, occurred_at AS OccurredAt
                FROM experience_events
                WHERE singer_id = @singerId
                ORDER BY occurred_at DESC, id DESC
                LIMIT @limit;
                """,
                new { singerId, limit = PageLimits.Limit(limit) },
                cancellationToken)),
            cancellationToken)).AsList();

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken) =>
        await database.RunAsync(
            connection => connection.ExecuteAsync(StorageDatabase.Command(
                "DELETE FROM singers WHERE id = @id;", new { id }, cancellationToken)),
            cancellationToken) > 0;

    /// <summary>What uniqueness compares: trimmed, compatibility-normalised, lower case.</summary>
    internal static string Key(string value) => value.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    private Task<Singer?> QuerySingleAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        database.RunAsync(
            connection => connection.QuerySingleOrDefaultAsync<Singer>(StorageDatabase.Command(sql, parameters, cancellationToken)),
            cancellationToken);
}
