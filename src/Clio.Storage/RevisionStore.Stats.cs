namespace Clio.Storage;

public sealed partial class RevisionStore
{
    /// <summary>
    /// One <see cref="DayStats"/> for every day from <paramref name="first"/> to <paramref name="last"/>
    /// inclusive, days with no answers included, where a day runs from midnight to midnight in
    /// <paramref name="zone"/>.
    /// </summary>
    public IReadOnlyList<DayStats> DailyStats(DateOnly first, DateOnly last, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, "The last day comes before the first.");
        }

        // A day in any zone lies within a day either side of the same UTC day; rows outside the range are dropped below.
        var from = new DateTimeOffset(first.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(last.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var counts = new Counts[last.DayNumber - first.DayNumber + 1];
        Locked(connection =>
        {
            using var command = Command(
                connection,
                "SELECT reviewed_at, kind, rating, state_before FROM review_log WHERE reviewed_at >= $from AND reviewed_at < $to");
            command.Parameters.AddWithValue("$from", StoredTime.Write(from));
            command.Parameters.AddWithValue("$to", StoredTime.Write(to));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var local = TimeZoneInfo.ConvertTime(StoredTime.Read(reader.GetString(0)), zone);
                var index = DateOnly.FromDateTime(local.DateTime).DayNumber - first.DayNumber;
                if (index < 0 || index >= counts.Length)
                {
                    continue;
                }

                ref var day = ref counts[index];
                if (ReadKind(reader.GetString(1)) == ReviewKind.Quiz)
                {
                    day.Quizzes++;
                }
                else
                {
                    day.Reviews++;
                }

                switch ((Scheduling.CardState)reader.GetInt32(3))
                {
                    case Scheduling.CardState.New:
                        day.FirstReviews++;
                        break;
                    case Scheduling.CardState.Review:
                        day.Recalls++;
                        if (reader.GetInt32(2) > (int)Scheduling.Rating.Again)
                        {
                            day.Passed++;
                        }

                        break;
                    default:
                        break;
                }
            }

            return 0;
        });

        var result = new DayStats[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var c = counts[i];
            result[i] = new DayStats(first.AddDays(i), c.Reviews, c.Quizzes, c.FirstReviews, c.Recalls, c.Passed);
        }

        return result;
    }

    private struct Counts
    {
        public int Reviews;
        public int Quizzes;
        public int FirstReviews;
        public int Recalls;
        public int Passed;
    }
}
