using Clio.Dates;

namespace Clio.Tests.Dates;

public partial class HistoricalDateTest
{
    [Fact]
    public void ADateKnownToTheMonthContainsEveryDayOfThatMonth()
    {
        var august = HistoricalDate.FromMonth(1939, 8);

        Assert.True(august.Contains(HistoricalDate.FromDay(1939, 8, 23)));
        Assert.True(august.Contains(HistoricalDate.FromDay(1939, 8, 31)));
        Assert.False(august.Contains(HistoricalDate.FromDay(1939, 9, 1)));
    }

    [Fact]
    public void OverlappingPeriodsAreDetected()
    {
        var spanishWar = HistoricalDate.Parse("17 July 1936 – 1 April 1939").Value;

        Assert.True(spanishWar.Overlaps(HistoricalDate.FromYear(1938)));
        Assert.True(spanishWar.Overlaps(HistoricalDate.FromMonth(1936, 7)));
        Assert.False(spanishWar.Overlaps(HistoricalDate.FromMonth(1939, 8)));
    }

    [Fact]
    public void DatesSortByStartThenCoarserFirst()
    {
        var dates = new[]
        {
            HistoricalDate.FromDay(1939, 1, 1),
            HistoricalDate.FromYear(1939),
            HistoricalDate.FromMonth(1939, 1),
            HistoricalDate.FromDay(1938, 12, 31),
        };

        var sorted = dates.Order().Select(d => d.ToString()).ToArray();

        Assert.Equal(["31 December 1938", "1939", "January 1939", "1 January 1939"], sorted);
    }

    [Fact]
    public void EqualDatesAreEqualAndHashAlike()
    {
        var a = HistoricalDate.Parse("23 August 1939").Value;
        var b = HistoricalDate.FromDay(1939, 8, 23);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b.AsApproximate());
        Assert.NotEqual(HistoricalDate.FromYear(1939), HistoricalDate.FromMonth(1939, 1));
    }

    [Fact]
    public void Range_RejectsAnEndBeforeTheStart() =>
        Assert.Throws<ArgumentException>(() => HistoricalDate.Range(HistoricalDate.FromYear(1939), HistoricalDate.FromYear(1936)));

    [Fact]
    public void ComponentsReportOnlyWhatIsKnown()
    {
        var month = HistoricalDate.FromMonth(1939, 8);

        Assert.Equal(1939, month.Year);
        Assert.Equal(8, month.Month);
        Assert.Equal(0, month.Day);
        Assert.Equal(0, HistoricalDate.FromYear(1939).Month);
    }
}
