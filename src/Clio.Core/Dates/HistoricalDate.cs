using System.Diagnostics.Contracts;
using System.Globalization;
using System.Text;

namespace Clio.Dates;

/// <summary>
/// A date as historians and students write it: known to the day, month, year or decade, perhaps approximate
/// ("c. 1921"), perhaps a range ("1936–39"), and for Russian dates before February 1918 perhaps also carrying
/// the Julian (Old Style) day. The date itself is always Gregorian (New Style).
/// </summary>
/// <remarks>
/// A date at a coarse precision stands for the whole period: "August 1939" covers 1–31 August. The
/// <see cref="Earliest"/> and <see cref="Latest"/> days give that period; a range runs from the earliest day of
/// its start to the latest day of its end. Values are immutable.
/// </remarks>
public readonly partial struct HistoricalDate : IEquatable<HistoricalDate>, IComparable<HistoricalDate>
{
    [Flags]
    private enum Flags : byte
    {
        None = 0,
        Approximate = 1,
        OldStyle = 2,
        HasEnd = 4,
    }

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private readonly DateOnly _start;
    private readonly DateOnly _end;
    private readonly DatePrecision _precision;
    private readonly DatePrecision _endPrecision;
    private readonly Flags _flags;

    private HistoricalDate(DateOnly start, DatePrecision precision, DateOnly end, DatePrecision endPrecision, Flags flags)
    {
        _start = start;
        _precision = precision;
        _end = end;
        _endPrecision = endPrecision;
        _flags = flags;
    }

    /// <summary>A date known to the day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in the Gregorian calendar.</exception>
    public static HistoricalDate FromDay(int year, int month, int day) =>
        new(new DateOnly(year, month, day), DatePrecision.Day, default, default, Flags.None);

    /// <summary>A date known to the month.</summary>
    public static HistoricalDate FromMonth(int year, int month) =>
        new(new DateOnly(year, month, 1), DatePrecision.Month, default, default, Flags.None);

    /// <summary>A date known to the year.</summary>
    public static HistoricalDate FromYear(int year) =>
        new(new DateOnly(year, 1, 1), DatePrecision.Year, default, default, Flags.None);

    /// <summary>A decade, given by any year in it: <c>FromDecade(1925)</c> is the 1920s.</summary>
    public static HistoricalDate FromDecade(int year) =>
        new(new DateOnly(Math.Max(1, year - (year % 10)), 1, 1), DatePrecision.Decade, default, default, Flags.None);

    /// <summary>A Gregorian day that is also shown with its Julian (Old Style) day.</summary>
    public static HistoricalDate FromDayWithOldStyle(int year, int month, int day) =>
        new(new DateOnly(year, month, day), DatePrecision.Day, default, default, Flags.OldStyle);

    /// <summary>A day given in the Julian (Old Style) calendar, converted to its Gregorian day.</summary>
    public static HistoricalDate FromJulianDay(int year, int month, int day) =>
        new(JulianCalendar.ToGregorian(year, month, day), DatePrecision.Day, default, default, Flags.OldStyle);

    /// <summary>A range from the start of <paramref name="from"/> to the end of <paramref name="to"/>.</summary>
    /// <exception cref="ArgumentException">Either end is itself a range, or the range ends before it starts.</exception>
    public static HistoricalDate Range(HistoricalDate from, HistoricalDate to)
    {
        if (from.IsRange || to.IsRange)
        {
            throw new ArgumentException("The ends of a range cannot themselves be ranges.");
        }

        if (to.Latest < from.Earliest)
        {
            throw new ArgumentException($"The range ends ({to}) before it starts ({from}).");
        }

        var flags = Flags.HasEnd | (from._flags & (Flags.Approximate | Flags.OldStyle));
        return new HistoricalDate(from._start, from._precision, to._start, to._precision, flags);
    }

    /// <summary>The year the date (or the range) starts in.</summary>
    public int Year => _start.Year;

    /// <summary>The month the date starts in, 1–12, or 0 when the date is coarser than a month.</summary>
    public int Month => _precision >= DatePrecision.Month ? _start.Month : 0;

    /// <summary>The day of the month, or 0 when the date is coarser than a day.</summary>
    public int Day => _precision == DatePrecision.Day ? _start.Day : 0;

    /// <summary>How precisely the start is known.</summary>
    public DatePrecision Precision => _precision;

    /// <summary>Whether the date is approximate ("c. 1921").</summary>
    public bool IsApproximate => (_flags & Flags.Approximate) != 0;

    /// <summary>Whether the date is also shown in the Julian (Old Style) calendar.</summary>
    public bool HasOldStyle => (_flags & Flags.OldStyle) != 0 && _precision == DatePrecision.Day;

    // For a range, the Old Style day is that of its start.

    /// <summary>Whether the date is a range with a distinct end.</summary>
    public bool IsRange => (_flags & Flags.HasEnd) != 0;

    /// <summary>The start of a range, or the date itself.</summary>
    public HistoricalDate Start => new(_start, _precision, default, default, _flags & ~Flags.HasEnd);

    /// <summary>The end of a range, or the date itself.</summary>
    public HistoricalDate End => IsRange ? new(_end, _endPrecision, default, default, Flags.None) : Start;

    /// <summary>The first Gregorian day the date covers.</summary>
    public DateOnly Earliest => _start;

    /// <summary>The last Gregorian day the date covers.</summary>
    public DateOnly Latest => IsRange ? LastDay(_end, _endPrecision) : LastDay(_start, _precision);

    /// <summary>The Julian (Old Style) day of the start, for a date known to the day.</summary>
    public (int Year, int Month, int Day) OldStyle => JulianCalendar.FromGregorian(_start);

    /// <summary>The same date marked as approximate.</summary>
    [Pure]
    public HistoricalDate AsApproximate() => new(_start, _precision, _end, _endPrecision, _flags | Flags.Approximate);

    /// <summary>The same date marked to show its Julian (Old Style) day too.</summary>
    [Pure]
    public HistoricalDate WithOldStyle() => new(_start, _precision, _end, _endPrecision, _flags | Flags.OldStyle);

    /// <summary>Whether the two dates share at least one day.</summary>
    [Pure]
    public bool Overlaps(HistoricalDate other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>Whether every day of <paramref name="other"/> falls within this date.</summary>
    [Pure]
    public bool Contains(HistoricalDate other) => Earliest <= other.Earliest && other.Latest <= Latest;

    /// <summary>Whether the given day falls within this date.</summary>
    [Pure]
    public bool Contains(DateOnly day) => Earliest <= day && day <= Latest;

    /// <summary>
    /// The date in the ISO-like form of the JSON contract, at its precision: <c>1939-08-23</c>, <c>1939-08</c>,
    /// <c>1939</c>, or <c>1920s</c> for a decade. For a range this is the start; see <see cref="End"/>.
    /// </summary>
    [Pure]
    public string ToIsoString() => Iso(_start, _precision);

    /// <summary>The Julian (Old Style) day in ISO form, <c>1917-10-25</c>.</summary>
    [Pure]
    public string ToOldStyleIsoString()
    {
        var (y, m, d) = OldStyle;
        return string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}");
    }

    /// <summary>
    /// The date as a history student writes it: "23 August 1939", "August 1939", "1939", "the 1920s",
    /// "c. 1921", "1936–39", "17–26 September 1939", or "7 November 1917 (O.S. 25 October 1917)".
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (IsApproximate)
        {
            text.Append("c. ");
        }

        if (!IsRange)
        {
            text.Append(Format(_start, _precision));
        }
        else
        {
            AppendRange(text);
        }

        if (HasOldStyle)
        {
            var (y, m, d) = OldStyle;
            text.Append(CultureInfo.InvariantCulture, $" (O.S. {(IsRange ? "from " : string.Empty)}{d} {MonthNames[m - 1]} {y})");
        }

        return text.ToString();
    }

    private void AppendRange(StringBuilder text)
    {
        var end = _end;
        if (_precision == _endPrecision && _start.Year == end.Year)
        {
            switch (_precision)
            {
                case DatePrecision.Day when _start.Month == end.Month:
                    text.Append(CultureInfo.InvariantCulture, $"{_start.Day}–{Format(end, DatePrecision.Day)}");
                    return;
                case DatePrecision.Day:
                    text.Append(CultureInfo.InvariantCulture, $"{_start.Day} {MonthNames[_start.Month - 1]} – {Format(end, DatePrecision.Day)}");
                    return;
                case DatePrecision.Month:
                    text.Append(CultureInfo.InvariantCulture, $"{MonthNames[_start.Month - 1]}–{Format(end, DatePrecision.Month)}");
                    return;
                default:
                    break;
            }
        }

        if (_precision == DatePrecision.Year && _endPrecision == DatePrecision.Year)
        {
            // "1936–39" within one century, as students and examiners write it; "1999–2001" across one.
            text.Append(_start.Year.ToString(CultureInfo.InvariantCulture)).Append('–');
            text.Append(_start.Year / 100 == end.Year / 100
                ? (end.Year % 100).ToString("D2", CultureInfo.InvariantCulture)
                : end.Year.ToString(CultureInfo.InvariantCulture));
            return;
        }

        text.Append(Format(_start, _precision)).Append(" – ").Append(Format(end, _endPrecision));
    }

    private static string Format(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{day.Day} {MonthNames[day.Month - 1]} {day.Year}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[day.Month - 1]} {day.Year}"),
        DatePrecision.Year => day.Year.ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"the {day.Year}s"),
    };

    private static string Iso(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}-{day.Month:D2}"),
        DatePrecision.Year => day.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}s"),
    };

    private static DateOnly LastDay(DateOnly start, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => start,
        DatePrecision.Month => new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month)),
        DatePrecision.Year => new DateOnly(start.Year, 12, 31),
        _ => new DateOnly(Math.Min(9999, start.Year + 9), 12, 31),
    };

    /// <inheritdoc />
    public bool Equals(HistoricalDate other) =>
        _start == other._start && _precision == other._precision && _flags == other._flags &&
        _end == other._end && _endPrecision == other._endPrecision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HistoricalDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_start, _precision, _flags, _end, _endPrecision);

    /// <summary>Orders by the first day covered, then coarser before finer, then by the last day covered.</summary>
    public int CompareTo(HistoricalDate other)
    {
        var byStart = _start.CompareTo(other._start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byPrecision = _precision.CompareTo(other._precision);
        return byPrecision != 0 ? byPrecision : Latest.CompareTo(other.Latest);
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(HistoricalDate left, HistoricalDate right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(HistoricalDate left, HistoricalDate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(HistoricalDate left, HistoricalDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(HistoricalDate left, HistoricalDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    public static bool operator <=(HistoricalDate left, HistoricalDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    public static bool operator >=(HistoricalDate left, HistoricalDate right) => left.CompareTo(right) >= 0;
}
