using Clio.Dates;

namespace Clio.Tests.Dates;

public partial class HistoricalDateTest
{
    public static TheoryData<HistoricalDate, string> Printed => new()
    {
        { HistoricalDate.FromDay(1939, 8, 23), "23 August 1939" },
        { HistoricalDate.FromMonth(1939, 8), "August 1939" },
        { HistoricalDate.FromYear(1939), "1939" },
        { HistoricalDate.FromDecade(1925), "the 1920s" },
        { HistoricalDate.FromYear(1921).AsApproximate(), "c. 1921" },
        { HistoricalDate.Range(HistoricalDate.FromYear(1936), HistoricalDate.FromYear(1939)), "1936–39" },
        { HistoricalDate.Range(HistoricalDate.FromYear(1998), HistoricalDate.FromYear(2001)), "1998–2001" },
        { HistoricalDate.Range(HistoricalDate.FromDay(1939, 9, 17), HistoricalDate.FromDay(1939, 9, 26)), "17–26 September 1939" },
        { HistoricalDate.Range(HistoricalDate.FromDay(1938, 9, 28), HistoricalDate.FromDay(1938, 10, 3)), "28 September – 3 October 1938" },
        { HistoricalDate.Range(HistoricalDate.FromDay(1939, 11, 30), HistoricalDate.FromDay(1940, 3, 13)), "30 November 1939 – 13 March 1940" },
        { HistoricalDate.Range(HistoricalDate.FromMonth(1940, 6), HistoricalDate.FromMonth(1940, 8)), "June–August 1940" },
        { HistoricalDate.Range(HistoricalDate.FromMonth(1936, 7), HistoricalDate.FromMonth(1939, 3)), "July 1936 – March 1939" },
        { HistoricalDate.Range(HistoricalDate.FromYear(1937), HistoricalDate.FromMonth(1938, 11)), "1937 – November 1938" },
        { HistoricalDate.FromJulianDay(1917, 10, 25), "7 November 1917 (O.S. 25 October 1917)" },
        { HistoricalDate.FromDayWithOldStyle(1918, 1, 13), "13 January 1918 (O.S. 31 December 1917)" },
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void ToString_WritesTheFormStudentsUse(HistoricalDate date, string expected) =>
        Assert.Equal(expected, date.ToString());

    [Theory]
    [MemberData(nameof(Printed))]
    public void Parse_ReadsBackWhatToStringWrites(HistoricalDate date, string printed) =>
        Assert.Equal(date, HistoricalDate.Parse(printed).Value);

    [Theory]
    [InlineData("1939-08-23", "1939-08-23", "1939-08-23")]
    [InlineData("August 1939", "1939-08-01", "1939-08-31")]
    [InlineData("February 1940", "1940-02-01", "1940-02-29")]
    [InlineData("1939", "1939-01-01", "1939-12-31")]
    [InlineData("the 1920s", "1920-01-01", "1929-12-31")]
    [InlineData("1936–39", "1936-01-01", "1939-12-31")]
    [InlineData("28 September – 3 October 1938", "1938-09-28", "1938-10-03")]
    public void EarliestAndLatest_SpanTheWholePeriod(string text, string earliest, string latest)
    {
        var date = HistoricalDate.Parse(text).Value;

        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
    }
}
