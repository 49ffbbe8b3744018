using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Clio.Dates;

public readonly partial struct HistoricalDate
{
    private static readonly Dictionary<string, int> MonthsByName = BuildMonthNames();

    /// <summary>
    /// Parses a date in the forms students write: <c>23 August 1939</c>, <c>23rd of August 1939</c>,
    /// <c>August 23, 1939</c>, <c>Aug 1939</c>, <c>1939</c>, <c>the 1920s</c>, <c>c. 1921</c>, ISO
    /// <c>1939-08-23</c>, ranges such as <c>1936–39</c> or <c>28 September – 3 October 1938</c>, and Old Style
    /// days: <c>25 October 1917 O.S.</c> or <c>7 November 1917 (25 October O.S.)</c>.
    /// </summary>
    /// <returns>The date, or the reason the text is not one. Never throws.</returns>
    public static ParseResult<HistoricalDate> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<HistoricalDate>.Fail("a date is empty");
        }

        var original = text.Trim();
        var normal = Normalise(original);

        var approximate = false;
        var approx = ApproximatePrefix().Match(normal);
        if (approx.Success)
        {
            approximate = true;
            normal = normal[approx.Length..];
        }

        if (normal.StartsWith("the ", StringComparison.Ordinal))
        {
            normal = normal[4..];
        }

        // "7 November 1917 (25 October 1917 O.S.)": the Gregorian day, with its Old Style day in brackets.
        string? bracketed = null;
        var open = normal.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0)
        {
            var close = normal.IndexOf(')', open);
            if (close < 0 || close != normal.Length - 1)
            {
                return Fail(original, "brackets may only hold the Old Style day, at the end");
            }

            bracketed = normal[(open + 1)..close].Trim();
            normal = normal[..open].Trim();

            // "25 October 1917 (O.S.)": the brackets hold only the calendar's name.
            var marker = StyleSuffix().Match(" " + bracketed);
            if (marker.Success && marker.Index == 0)
            {
                normal += marker.Groups["old"].Success ? " o.s." : string.Empty;
                bracketed = null;
            }
        }

        var oldStyle = false;
        var styleSuffix = StyleSuffix().Match(normal);
        if (styleSuffix.Success)
        {
            oldStyle = styleSuffix.Groups["old"].Success;
            normal = normal[..styleSuffix.Index].Trim();
        }

        var result = ParseRangeOrPoint(original, normal, oldStyle);
        if (!result.Success)
        {
            return result;
        }

        var date = result.Value;
        if (bracketed is not null)
        {
            var check = CheckBracketedOldStyle(original, date, bracketed);
            if (!check.Success)
            {
                return check;
            }

            date = check.Value;
        }

        return ParseResult<HistoricalDate>.Ok(approximate ? date.AsApproximate() : date);
    }

    /// <summary>Parses a date, returning false instead of a reason when the text is not one.</summary>
    public static bool TryParse(string? text, out HistoricalDate date)
    {
        var result = Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    private static ParseResult<HistoricalDate> CheckBracketedOldStyle(string original, HistoricalDate date, string bracketed)
    {
        var inner = StyleSuffix().Match(bracketed);
        var isOld = inner.Success && inner.Groups["old"].Success;
        var innerText = inner.Success ? bracketed[..inner.Index].Trim() : bracketed;
        if (innerText.StartsWith("o.s.", StringComparison.Ordinal) || innerText.StartsWith("os ", StringComparison.Ordinal))
        {
            isOld = true;
            innerText = innerText[(innerText.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim();
        }

        if (!isOld)
        {
            return Fail(original, "brackets may only hold the Old Style day, marked O.S.");
        }

        if (date.IsRange || date.Precision != DatePrecision.Day)
        {
            return Fail(original, "only a single day can carry an Old Style day");
        }

        var parts = ParsePart(innerText);
        if (parts is null || parts.Value.Day is null || parts.Value.Month is null)
        {
            return Fail(original, $"'{innerText}' is not an Old Style day");
        }

        var p = parts.Value;
        var year = p.Year ?? date.Year;
        if (p.Day > JulianCalendar.DaysInMonth(year, p.Month.Value))
        {
            return Fail(original, $"{p.Day} {MonthNames[p.Month.Value - 1]} {year} is not a day in the Julian calendar");
        }

        var converted = JulianCalendar.ToGregorian(year, p.Month.Value, p.Day.Value);
        if (converted != date.Earliest)
        {
            var nsDay = FromDay(converted.Year, converted.Month, converted.Day);
            return Fail(original, $"Old Style {p.Day} {MonthNames[p.Month.Value - 1]} {year} is {nsDay} New Style, not {date}");
        }

        return ParseResult<HistoricalDate>.Ok(date.WithOldStyle());
    }

    private static ParseResult<HistoricalDate> ParseRangeOrPoint(string original, string normal, bool oldStyle)
    {
        if (IsoDate().IsMatch(normal))
        {
            return Build(original, ParsePart(normal), oldStyle);
        }

        var pieces = RangeSeparator().Split(normal);
        if (pieces.Length == 1)
        {
            return Build(original, ParsePart(normal), oldStyle);
        }

        if (pieces.Length > 2)
        {
            return Fail(original, "a range has one start and one end");
        }

        var left = ParsePart(pieces[0]);
        var right = ParsePart(pieces[1]);
        if (left is null || right is null)
        {
            return Fail(original, "expected a range such as '1936–39' or '28 September – 3 October 1938'");
        }

        var l = left.Value;
        var r = right.Value;

        // "1936–39": a two-digit end year takes its century from the start.
        if (l.Year is { } ly && l.Month is null && r.Month is null && r.Year is null && r.Day is { } shortYear && !r.Decade)
        {
            var century = ly / 100 * 100;
            r = new DateParts(century + shortYear, null, null, false);
        }

        if (r.Year is null)
        {
            return Fail(original, "the end of a range needs a year");
        }

        // "17–26 September 1939" and "28 September – 3 October 1938" take what they leave out from the end.
        if (l.Year is null)
        {
            if (l.Month is null && r.Month is null)
            {
                return Fail(original, "expected a range such as '17–26 September 1939'");
            }

            l = new DateParts(r.Year, l.Month ?? r.Month, l.Day, false);
        }

        var from = Build(original, l, oldStyle);
        if (!from.Success)
        {
            return from;
        }

        var to = Build(original, r, oldStyle);
        if (!to.Success)
        {
            return to;
        }

        if (to.Value.Latest < from.Value.Earliest)
        {
            return Fail(original, $"the range ends ({to.Value}) before it starts ({from.Value})");
        }

        if (to.Value.Latest == from.Value.Latest && to.Value.Earliest == from.Value.Earliest)
        {
            return from;
        }

        return ParseResult<HistoricalDate>.Ok(Range(from.Value, to.Value));
    }

    private static ParseResult<HistoricalDate> Build(string original, DateParts? parts, bool oldStyle)
    {
        if (parts is null)
        {
            return Fail(original, "expected a date such as '23 August 1939', 'August 1939', '1939' or 'the 1920s'");
        }

        var p = parts.Value;
        if (p.Year is null)
        {
            return Fail(original, "a date needs a year");
        }

        var year = p.Year.Value;
        if (year is < 1 or > 9999)
        {
            return Fail(original, "the year must be between 1 and 9999");
        }

        if (p.Decade)
        {
            return ParseResult<HistoricalDate>.Ok(FromDecade(year));
        }

        if (p.Month is null)
        {
            if (p.Day is not null)
            {
                return Fail(original, "a day needs a month");
            }

            return ParseResult<HistoricalDate>.Ok(FromYear(year));
        }

        var month = p.Month.Value;
        if (p.Day is null)
        {
            return ParseResult<HistoricalDate>.Ok(FromMonth(year, month));
        }

        var day = p.Day.Value;
        var days = oldStyle ? JulianCalendar.DaysInMonth(year, month) : DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var calendar = oldStyle ? " in the Julian calendar" : string.Empty;
            return Fail(original, $"{MonthNames[month - 1]} {year} has {days} days{calendar}, so day {day} does not exist");
        }

        if (oldStyle)
        {
            var gregorian = JulianCalendar.ToGregorian(year, month, day);
            if (gregorian.Year is < 1 or > 9999)
            {
                return Fail(original, "the year must be between 1 and 9999");
            }

            return ParseResult<HistoricalDate>.Ok(FromJulianDay(year, month, day));
        }

        return ParseResult<HistoricalDate>.Ok(FromDay(year, month, day));
    }

    /// <summary>The pieces one side of a date has: any of them may be missing on the start of a range.</summary>
    private readonly record struct DateParts(int? Year, int? Month, int? Day, bool Decade);

    private static DateParts? ParsePart(string text)
    {
        text = text.Trim().TrimEnd(',');
        if (text.Length == 0)
        {
            return null;
        }

        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return new DateParts(
                Number(iso.Groups["y"].Value),
                Number(iso.Groups["m"].Value),
                iso.Groups["d"].Success ? Number(iso.Groups["d"].Value) : null,
                false);
        }

        var decade = DecadePattern().Match(text);
        if (decade.Success)
        {
            return new DateParts(Number(decade.Groups["y"].Value), null, null, true);
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int? year = null, month = null, day = null;
        foreach (var raw in words)
        {
            var word = raw.Trim(',', '.');
            if (word.Length == 0 || word == "of")
            {
                continue;
            }

            if (MonthsByName.TryGetValue(word, out var m))
            {
                if (month is not null)
                {
                    return null;
                }

                month = m;
                continue;
            }

            var ordinal = Ordinal().Match(word);
            if (!ordinal.Success)
            {
                return null;
            }

            var number = Number(ordinal.Groups["n"].Value);
            var isOrdinal = ordinal.Groups["suffix"].Success;
            var digits = ordinal.Groups["n"].Value.Length;
            if (!isOrdinal && digits >= 3)
            {
                if (year is not null)
                {
                    return null;
                }

                year = number;
            }
            else if (digits <= 2 && day is null && year is null)
            {
                day = number;
            }
            else
            {
                return null;
            }
        }

        if (year is null && month is null && day is null)
        {
            return null;
        }

        return new DateParts(year, month, day, false);
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static ParseResult<HistoricalDate> Fail(string original, string reason) =>
        ParseResult<HistoricalDate>.Fail($"'{original}' is not a valid date: {reason}");

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '\u00A0' or '\t' => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return Spaces().Replace(builder.ToString(), " ").Trim().TrimEnd('.');
    }

    private static Dictionary<string, int> BuildMonthNames()
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            var name = MonthNames[i].ToLowerInvariant();
            names[name] = i + 1;
            names[name[..3]] = i + 1;
        }

        names["sept"] = 9;
        return names;
    }

    [GeneratedRegex(@"^(?:circa\s*|about\s+|around\s+|ca\.\s*|c\.\s*|c\s+)(?=\d|the\b|[a-z]{3})")]
    private static partial Regex ApproximatePrefix();

    [GeneratedRegex(@"\s*(?:(?<old>\(?\s*(?:o\.\s?s\.?|os|old style)\s*\)?)|(?<new>\(?\s*(?:n\.\s?s\.?|ns|new style)\s*\)?))$")]
    private static partial Regex StyleSuffix();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>0[1-9]|1[0-2])(?:-(?<d>\d{2}))?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\s*-\s*|\s+to\s+")]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"^(?<y>\d{2,3}0)'?s$")]
    private static partial Regex DecadePattern();

    [GeneratedRegex(@"^(?<n>\d{1,4})(?<suffix>st|nd|rd|th)?$")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
