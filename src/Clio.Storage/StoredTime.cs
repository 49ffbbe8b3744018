using System.Globalization;

namespace Clio.Storage;

/// <summary>
/// How instants are written in the database: ISO-8601 in UTC with seven fractional digits and a <c>Z</c>, e.g.
/// <c>2026-03-01T09:30:00.0000000Z</c>. Every value has the same width, so text order is time order and SQL can
/// compare them as strings; and the format keeps every tick of a <see cref="DateTimeOffset"/>, so values read back
/// equal the values written.
/// </summary>
internal static class StoredTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Write(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(string text) =>
        new(DateTime.SpecifyKind(
            DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Utc));

    public static string WriteDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ReadDate(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
