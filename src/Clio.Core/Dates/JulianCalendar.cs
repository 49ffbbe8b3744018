namespace Clio.Dates;

/// <summary>
/// Conversion between the Julian (Old Style) and Gregorian (New Style) calendars through the Julian Day Number.
/// Russia used the Julian calendar until 31 January 1918 (O.S.), which was followed by 14 February 1918 (N.S.);
/// in the twentieth century the Julian date runs 13 days behind the Gregorian.
/// </summary>
public static class JulianCalendar
{
    // DateOnly.DayNumber counts days from 1 January 0001 (Gregorian); that day is Julian Day Number 1721426.
    private const int DayNumberToJdn = 1721426;

    /// <summary>Whether a year is a leap year in the Julian calendar: every fourth year, with no exceptions.</summary>
    public static bool IsLeapYear(int year) => year % 4 == 0;

    /// <summary>The number of days in a month of the Julian calendar.</summary>
    public static int DaysInMonth(int year, int month) =>
        month == 2 ? (IsLeapYear(year) ? 29 : 28) : DateTime.DaysInMonth(2001, month);

    /// <summary>The Gregorian day that a Julian day falls on.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The Julian day does not exist.</exception>
    public static DateOnly ToGregorian(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{year}-{month}-{day} is not a Julian date.");
        }

        var a = (14 - month) / 12;
        var y = year + 4800 - a;
        var m = month + (12 * a) - 3;
        var jdn = day + (((153 * m) + 2) / 5) + (365 * y) + (y / 4) - 32083;
        return DateOnly.FromDayNumber(jdn - DayNumberToJdn);
    }

    /// <summary>The Julian year, month and day of a Gregorian day.</summary>
    public static (int Year, int Month, int Day) FromGregorian(DateOnly date)
    {
        var c = date.DayNumber + DayNumberToJdn + 32082;
        var d = ((4 * c) + 3) / 1461;
        var e = c - (1461 * d / 4);
        var m = ((5 * e) + 2) / 153;
        var day = e - (((153 * m) + 2) / 5) + 1;
        var month = m + 3 - (12 * (m / 10));
        var year = d - 4800 + (m / 10);
        return (year, month, day);
    }
}
