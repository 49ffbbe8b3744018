using Clio.Dates;

namespace Clio.Tests.Dates;

public partial class HistoricalDateTest
{
    [Theory]
    [InlineData("23 August 1939", "1939-08-23", DatePrecision.Day)]
    [InlineData("23rd August 1939", "1939-08-23", DatePrecision.Day)]
    [InlineData("the 23rd of August 1939", "1939-08-23", DatePrecision.Day)]
    [InlineData("August 23, 1939", "1939-08-23", DatePrecision.Day)]
    [InlineData("August 23 1939", "1939-08-23", DatePrecision.Day)]
    [InlineData("23 Aug 1939", "1939-08-23", DatePrecision.Day)]
    [InlineData("1939-08-23", "1939-08-23", DatePrecision.Day)]
    [InlineData("  23  AUGUST  1939. ", "1939-08-23", DatePrecision.Day)]
    [InlineData("August 1939", "1939-08", DatePrecision.Month)]
    [InlineData("Sept 1938", "1938-09", DatePrecision.Month)]
    [InlineData("1939-08", "1939-08", DatePrecision.Month)]
    [InlineData("1939", "1939", DatePrecision.Year)]
    [InlineData("the 1920s", "1920s", DatePrecision.Decade)]
    [InlineData("1930s", "1930s", DatePrecision.Decade)]
    [InlineData("29 February 1940", "1940-02-29", DatePrecision.Day)]
    public void Parse_StudentForms_GiveTheDateAtItsPrecision(string text, string iso, DatePrecision precision)
    {
        var result = HistoricalDate.Parse(text);

        Assert.True(result.Success, result.Error);
        Assert.Equal(iso, result.Value.ToIsoString());
        Assert.Equal(precision, result.Value.Precision);
        Assert.False(result.Value.IsRange);
    }

    [Theory]
    [InlineData("1936–39", "1936", "1939")]
    [InlineData("1936-1939", "1936", "1939")]
    [InlineData("1936 to 1939", "1936", "1939")]
    [InlineData("1998–2001", "1998", "2001")]
    [InlineData("July 1936 – March 1939", "1936-07", "1939-03")]
    [InlineData("17–26 September 1939", "1939-09-17", "1939-09-26")]
    [InlineData("28 September – 3 October 1938", "1938-09-28", "1938-10-03")]
    [InlineData("30 November 1939 – 13 March 1940", "1939-11-30", "1940-03-13")]
    [InlineData("June–August 1940", "1940-06", "1940-08")]
    public void Parse_Ranges_KeepBothEnds(string text, string start, string end)
    {
        var result = HistoricalDate.Parse(text);

        Assert.True(result.Success, result.Error);
        Assert.True(result.Value.IsRange);
        Assert.Equal(start, result.Value.Start.ToIsoString());
        Assert.Equal(end, result.Value.End.ToIsoString());
    }

    [Theory]
    [InlineData("c. 1921", "1921")]
    [InlineData("c.1921", "1921")]
    [InlineData("circa 1921", "1921")]
    [InlineData("c. August 1939", "1939-08")]
    public void Parse_ApproximateForms_AreMarkedApproximate(string text, string iso)
    {
        var result = HistoricalDate.Parse(text);

        Assert.True(result.Success, result.Error);
        Assert.True(result.Value.IsApproximate);
        Assert.Equal(iso, result.Value.ToIsoString());
    }

    [Theory]
    [InlineData("25 October 1917 O.S.", "1917-11-07", "1917-10-25")]
    [InlineData("25 October 1917 (O.S.)", "1917-11-07", "1917-10-25")]
    [InlineData("25 October 1917 Old Style", "1917-11-07", "1917-10-25")]
    [InlineData("7 November 1917 (25 October 1917 O.S.)", "1917-11-07", "1917-10-25")]
    [InlineData("7 November 1917 (O.S. 25 October 1917)", "1917-11-07", "1917-10-25")]
    [InlineData("7 November 1917 (25 October O.S.)", "1917-11-07", "1917-10-25")]
    [InlineData("1 February 1918 N.S.", "1918-02-01", null)]
    [InlineData("29 February 1900 O.S.", "1900-03-13", "1900-02-29")]
    public void Parse_OldStyleDays_BecomeGregorianAndKeepTheirJulianDay(string text, string gregorian, string? julian)
    {
        var result = HistoricalDate.Parse(text);

        Assert.True(result.Success, result.Error);
        Assert.Equal(gregorian, result.Value.ToIsoString());
        if (julian is null)
        {
            Assert.False(result.Value.HasOldStyle);
        }
        else
        {
            Assert.True(result.Value.HasOldStyle);
            Assert.Equal(julian, result.Value.ToOldStyleIsoString());
        }
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("31 February 1939", "February 1939 has 28 days")]
    [InlineData("29 February 1939", "February 1939 has 28 days")]
    [InlineData("31 April 1939", "April 1939 has 30 days")]
    [InlineData("29 February 1900", "February 1900 has 28 days")]
    [InlineData("1939-13-01", "not a valid date")]
    [InlineData("1939-02-30", "February 1939 has 28 days")]
    [InlineData("32 August 1939", "not a valid date")]
    [InlineData("Smarch 1939", "not a valid date")]
    [InlineData("August", "needs a year")]
    [InlineData("23 August", "needs a year")]
    [InlineData("23 1939", "needs a month")]
    [InlineData("1939–36", "ends (1936) before it starts (1939)")]
    [InlineData("March 1939 – July 1936", "ends (July 1936) before it starts (March 1939)")]
    [InlineData("1936–39–41", "one start and one end")]
    [InlineData("7 November 1917 (26 October 1917 O.S.)", "is 8 November 1917 New Style, not 7 November 1917")]
    [InlineData("7 November 1917 (in Petrograd)", "Old Style")]
    [InlineData("10000", "not a valid date")]
    [InlineData("yesterday", "not a valid date")]
    public void Parse_BadDates_ExplainWhatIsWrong(string text, string reason)
    {
        var result = HistoricalDate.Parse(text);

        Assert.False(result.Success);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NeverThrows_OnAnyShortString()
    {
        var random = new Random(1917);
        const string alphabet = "0123456789 -–—,.()/'abcdefgjlmnorstuvyOSNAJ";
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }

            var result = HistoricalDate.Parse(new string(chars));
            Assert.True(result.Success || result.Error is not null);
        }
    }

    [Fact]
    public void TryParse_ReportsFailureWithoutAReason()
    {
        Assert.True(HistoricalDate.TryParse("1939", out var year));
        Assert.Equal(HistoricalDate.FromYear(1939), year);
        Assert.False(HistoricalDate.TryParse("31 June 1941", out _));
    }
}
