using System.Data;
using System.Globalization;
using Dapper;

namespace SingKing.Storage.Providers;

/// <summary>
/// Writes every <see cref="DateTimeOffset"/> as a UTC date and time truncated to whole microseconds (what MariaDB's
/// DATETIME(6) keeps), and reads it back from either engine: MySqlConnector returns a UTC <see cref="DateTime"/>,
/// Microsoft.Data.Sqlite the text <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c> it wrote, which sorts in time order.
/// </summary>
internal sealed class UtcTimestampHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>Truncates to the precision both engines keep, so a value reads back equal to what was written.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TicksPerMicrosecond), TimeSpan.Zero);
    }

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        parameter.DbType = DbType.DateTime;
        parameter.Value = DateTime.SpecifyKind(ToStoredPrecision(value).UtcDateTime, DateTimeKind.Utc);
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        string text => new DateTimeOffset(DateTime.Parse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)),
        DateTimeOffset dateTimeOffset => dateTimeOffset,
        _ => throw new InvalidCastException($"A timestamp column held a {value.GetType().Name}."),
    };
}
