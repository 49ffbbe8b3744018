using System.Collections.Concurrent;
using System.Globalization;
using Clio.Dates;

namespace Clio.Essays;

/// <summary>How a time expression relates what it qualifies to its date.</summary>
public enum TimeRelation
{
    /// <summary>"in 1935", "on 23 August 1939", "1936–39": at or within the date.</summary>
    At,

    /// <summary>"by 1941": at the latest by the end of the date.</summary>
    By,

    /// <summary>"until 1930": up to the date.</summary>
    Until,

    /// <summary>"before 1941".</summary>
    Before,

    /// <summary>"after 1933".</summary>
    After,

    /// <summary>"since 1934": from then on.</summary>
    Since,
}

/// <summary>A time expression found in a sentence.</summary>
/// <param name="Start">Its first character in the essay.</param>
/// <param name="End">The character just after it.</param>
/// <param name="Text">Its text.</param>
/// <param name="Date">The period it names, widened where the writer was approximate.</param>
/// <param name="Relation">How it relates what it qualifies to that period.</param>
/// <param name="IsRelative">Whether it was worked out from an earlier date ("a year later").</param>
public sealed record TimeMention(int Start, int End, string Text, HistoricalDate Date, TimeRelation Relation, bool IsRelative);

/// <summary>
/// Finds the time expressions students write: "in 1935", "in May 1935", "23 August 1939", "August 23, 1939",
/// "the 23rd of August 1939", "1936-39", "between 1934 and 1939", "by 1941", "until 1930", "the late 1920s",
/// "the mid-twenties", and relative ones ("a year later") worked out from the last date before them.
/// </summary>
public static class TemporalRecognizer
{
    // Words a time expression can start with or hinge on; a sentence with none of them and no digit has no dates.
    internal static readonly HashSet<string> Triggers = new(StringComparer.Ordinal)
    {
        "teens", "twenties", "thirties", "forties", "fifties", "year", "years", "later", "earlier", "afterwards",
    };

    internal static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "by", "until", "till", "up", "before", "prior", "after", "since", "from", "around", "about", "approximately",
        "roughly", "circa", "c", "between", "the", "early", "mid", "middle", "late", "a", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "following", "next", "same", "previous", "that", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "teens", "twenties",
        "thirties", "forties", "fifties",
    };

    internal static readonly HashSet<string> MonthWords = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly int[] DecadeYears = [1910, 1920, 1930, 1940, 1950];

    /// <summary>The time expressions in a sentence; <paramref name="anchor"/> is the last date before it, if any.</summary>
    public static IReadOnlyList<TimeMention> Find(Sentence sentence, HistoricalDate? anchor)
    {
        if ((sentence.Classes & (WordClass.Digit | WordClass.DateTrigger)) == 0)
        {
            return [];
        }

        // A time expression is tried only at a word it can start with, and one that can start there: a digit, or a
        // starting word with a digit, a month, a decade or "year" within four words. Expressions never overlap:
        // the next is looked for after the end of the last match, even one that named no date.
        List<TimeMention>? found = null;
        var text = sentence.Text;
        var words = sentence.Words;
        var infos = sentence.Infos;
        var next = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var at = words[i].Start - sentence.Start;
            if (at < next || !(infos[i].Is(WordClass.Digit) || (infos[i].Is(WordClass.DateStarter) && Anchored(infos, i))))
            {
                continue;
            }

            if (!TemporalScanner.TryMatch(text, at, out var match))
            {
                continue;
            }

            next = match.End;
            if (Resolve(text, match, anchor) is not var (date, relation, relative))
            {
                continue;
            }

            found ??= [];
            found.Add(new TimeMention(sentence.Start + match.ExpressionStart, sentence.Start + match.End, text[match.ExpressionStart..match.End], date, relation, relative));
            if (!relative)
            {
                anchor = date;
            }
        }

        return found ?? (IReadOnlyList<TimeMention>)[];
    }

    /// <summary>Whether a digit, a month, a decade or "year" follows within four words: else no date can start here.</summary>
    private static bool Anchored(WordInfo[] infos, int at)
    {
        for (var k = at; k < infos.Length && k <= at + 4; k++)
        {
            if (infos[k].Is(WordClass.Digit | WordClass.DateTrigger | WordClass.Month))
            {
                return true;
            }
        }

        return false;
    }

    // Essays repeat the same few date forms; parsing each text once keeps recognition cheap. Bounded, so that
    // no stream of odd input can grow it without end.
    private static readonly ConcurrentDictionary<string, ParseResult<HistoricalDate>> Parsed = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, ParseResult<HistoricalDate>>.AlternateLookup<ReadOnlySpan<char>> ParsedBySpan =
        Parsed.GetAlternateLookup<ReadOnlySpan<char>>();

    private static ParseResult<HistoricalDate> ParseDate(ReadOnlySpan<char> text)
    {
        if (ParsedBySpan.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var key = new string(text);
        var result = HistoricalDate.Parse(key);
        if (Parsed.Count < 20_000)
        {
            Parsed.TryAdd(key, result);
        }

        return result;
    }

    private static (HistoricalDate Date, TimeRelation Relation, bool Relative)? Resolve(string text, in TimeMatch m, HistoricalDate? anchor)
    {
        var relation = Relation(text, m);
        HistoricalDate? date = null;
        var relative = false;
        switch (m.Form)
        {
            case TimeForm.Between:
                var from = ParseDate(m.First.Of(text));
                var to = ParseDate(m.Second.Of(text));
                if (from.Success && to.Success && to.Value.Latest >= from.Value.Earliest)
                {
                    date = HistoricalDate.Range(from.Value.Start, to.Value.End);
                }

                break;
            case TimeForm.Range:
            case TimeForm.DayRange:
                var range = m.First.Of(text);
                var parsed = range.Contains('/') ? ParseDate(new string(range).Replace('/', '-')) : ParseDate(range);
                date = parsed.Success ? parsed.Value : null;
                break;
            case TimeForm.Decade:
                date = Decade(text, m);
                break;
            case TimeForm.Later:
                if (anchor is not { } a)
                {
                    return null;
                }

                // Digits the scanner accepts may be too many for an int, or not ASCII: no date, never an exception.
                if (m.Number < 0 && !int.TryParse(m.First.Of(text), NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    return null;
                }

                var count = m.Number >= 0 ? Math.Max(1, m.Number) : int.Parse(m.First.Of(text), NumberStyles.None, CultureInfo.InvariantCulture);
                var direction = TemporalScanner.Directions[m.Word];
                var year = direction is "earlier" or "before" ? a.End.Year - count : a.End.Year + count;
                date = year is > 0 and < 10000 ? HistoricalDate.FromYear(year) : null;
                relative = true;
                break;
            case TimeForm.Same:
                if (anchor is not { } b)
                {
                    return null;
                }

                var shift = TemporalScanner.SameYearWords[m.Word] switch { "following" or "next" => 1, "previous" => -1, _ => 0 };
                date = HistoricalDate.FromYear(b.End.Year + shift);
                relative = true;
                break;
            case TimeForm.Date:
                var single = ParseDate(m.Second.Of(text));
                date = single.Success ? single.Value : null;
                if (date is { } d && m.Word >= 0)
                {
                    date = PartOf(d, TemporalScanner.DateParts[m.Word]);
                }

                break;
            default:
                break;
        }

        if (date is not { } value)
        {
            return null;
        }

        // "from 17–26 September 1939" names the whole span, not a start.
        if (relation == TimeRelation.Since && value.IsRange)
        {
            relation = TimeRelation.At;
        }

        return (m.Approximate ? Widen(value) : value, relation, relative);
    }

    /// <summary>
    /// The relation its opening word gives an expression. "up to" and "prior to" count only with one plain space
    /// between their words, as they always have.
    /// </summary>
    private static TimeRelation Relation(string text, in TimeMatch m)
    {
        if (m.RelationIndex < 0)
        {
            return TimeRelation.At;
        }

        var word = TemporalScanner.RelationWords[m.RelationIndex];
        var piece = m.Relation.Of(text);
        return word switch
        {
            "by" => TimeRelation.By,
            "until" or "till" => TimeRelation.Until,
            "up" => piece.Length == 5 && piece[2] == ' ' ? TimeRelation.Until : TimeRelation.At,
            "before" => TimeRelation.Before,
            "prior" => piece.Length == 8 && piece[5] == ' ' ? TimeRelation.Before : TimeRelation.At,
            "after" => TimeRelation.After,
            _ => TimeRelation.Since,
        };
    }

    private static HistoricalDate? Decade(string text, in TimeMatch m)
    {
        var start = 0;
        if (m.First.Found && !int.TryParse(m.First.Of(text), NumberStyles.None, CultureInfo.InvariantCulture, out start))
        {
            return null;
        }

        if (!m.First.Found)
        {
            start = DecadeYears[m.Number];
        }
        if (m.First.Found && start < 100)
        {
            start += 1900;
        }

        // early, mid-, mid, middle, late
        return m.Word switch
        {
            0 => HistoricalDate.Range(HistoricalDate.FromYear(start), HistoricalDate.FromYear(start + 3)),
            1 or 2 or 3 => HistoricalDate.Range(HistoricalDate.FromYear(start + 3), HistoricalDate.FromYear(start + 7)),
            4 => HistoricalDate.Range(HistoricalDate.FromYear(start + 6), HistoricalDate.FromYear(start + 9)),
            _ => HistoricalDate.FromDecade(start),
        };
    }

    /// <summary>"early 1938", "late August 1939": a third of the year or month, read generously.</summary>
    private static HistoricalDate PartOf(HistoricalDate date, string part)
    {
        var early = part.StartsWith("early", StringComparison.Ordinal) || part.Contains("start", StringComparison.Ordinal) || part.Contains("beginning", StringComparison.Ordinal);
        var late = part.StartsWith("late", StringComparison.Ordinal) || part.Contains("end", StringComparison.Ordinal);
        if (date.Precision == DatePrecision.Year)
        {
            var y = date.Year;
            return early ? HistoricalDate.Range(HistoricalDate.FromMonth(y, 1), HistoricalDate.FromMonth(y, 5))
                : late ? HistoricalDate.Range(HistoricalDate.FromMonth(y, 8), HistoricalDate.FromMonth(y, 12))
                : HistoricalDate.Range(HistoricalDate.FromMonth(y, 4), HistoricalDate.FromMonth(y, 9));
        }

        if (date.Precision == DatePrecision.Month)
        {
            var (y, mo) = (date.Year, date.Month);
            var last = DateTime.DaysInMonth(y, mo);
            return early ? HistoricalDate.Range(HistoricalDate.FromDay(y, mo, 1), HistoricalDate.FromDay(y, mo, 12))
                : late ? HistoricalDate.Range(HistoricalDate.FromDay(y, mo, 18), HistoricalDate.FromDay(y, mo, last))
                : HistoricalDate.Range(HistoricalDate.FromDay(y, mo, 8), HistoricalDate.FromDay(y, mo, 23));
        }

        return date;
    }

    /// <summary>"around 1934", "c. 1921": one unit either side.</summary>
    private static HistoricalDate Widen(HistoricalDate date)
    {
        var start = date.Start;
        var end = date.End;
        return start.Precision switch
        {
            DatePrecision.Day => HistoricalDate.Range(Shift(start.Earliest.AddDays(-7)), Shift(end.Latest.AddDays(7))),
            DatePrecision.Month => HistoricalDate.Range(HistoricalDate.FromMonth(start.Earliest.AddMonths(-1).Year, start.Earliest.AddMonths(-1).Month), HistoricalDate.FromMonth(end.Latest.AddMonths(1).Year, end.Latest.AddMonths(1).Month)),
            _ => HistoricalDate.Range(HistoricalDate.FromYear(Math.Max(1, start.Year - 1)), HistoricalDate.FromYear(Math.Min(9999, end.Latest.Year + 1))),
        };

        static HistoricalDate Shift(DateOnly d) => HistoricalDate.FromDay(d.Year, d.Month, d.Day);
    }
}
