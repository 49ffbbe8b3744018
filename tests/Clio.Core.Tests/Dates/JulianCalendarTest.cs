using Clio.Dates;

namespace Clio.Tests.Dates;

public class JulianCalendarTest
{
    [Theory]
    [InlineData(1917, 10, 25, "1917-11-07")] // The October Revolution.
    [InlineData(1917, 2, 23, "1917-03-08")] // The February Revolution.
    [InlineData(1918, 1, 31, "1918-02-13")] // The last Julian day in Soviet Russia.
    [InlineData(1900, 2, 29, "1900-03-13")] // A Julian leap day the Gregorian calendar lacks.
    [InlineData(1582, 10, 5, "1582-10-15")] // The first Gregorian day, in the Catholic world.
    [InlineData(1870, 4, 10, "1870-04-22")] // Lenin's birth.
    public void ToGregorian_MatchesKnownConversions(int year, int month, int day, string gregorian) =>
        Assert.Equal(gregorian, JulianCalendar.ToGregorian(year, month, day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void FromGregorian_IsTheInverseOfToGregorian()
    {
        for (var day = new DateOnly(1800, 1, 1); day < new DateOnly(2001, 1, 1); day = day.AddDays(7))
        {
            var (y, m, d) = JulianCalendar.FromGregorian(day);
            Assert.Equal(day, JulianCalendar.ToGregorian(y, m, d));
        }
    }

    [Fact]
    public void ToGregorian_RejectsDaysTheJulianCalendarLacks() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JulianCalendar.ToGregorian(1917, 2, 29));
}
