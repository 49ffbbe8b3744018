using System.Globalization;
using System.Text.RegularExpressions;
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
public static partial class TemporalRecognizer
{
    private const string Month = @"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?";
    // Years from 1800: a bare number such as "1500 aircraft" is a count, not a date.
    private const string Year = @"(?:1[89]\d\d|20\d\d)(?!\s+(?:aircraft|planes|tanks|troops|men|soldiers|people|guns|km|miles|kilometres|square|dead|killed|casualties|prisoners|roubles|rubles|million|marks|pounds|dollars|yen|volunteers|advisers|officers|divisions))";
    private const string Day = @"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?";
    private const string Date = @"(?:(?:the\s+)?" + Day + @"(?:\s+of)?\s+" + Month + @",?\s+" + Year + "|" + Month + @"\s+" + Day + @",?\s+" + Year + "|" + Month + @",?\s+" + Year + "|" + Year + ")";
    private const string DayRange = @"(?:" + Day + @"\s*[-–—]\s*" + Day + @"\s+" + Month + @",?\s+" + Year + @"|" + Day + @"(?:\s+" + Month + @")?\s+[-–—]\s+" + Day + @"\s+" + Month + @",?\s+" + Year + ")";

    private static readonly string[] Numbers = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static readonly Dictionary<string, int> DecadeWords = new(StringComparer.Ordinal)
    {
        ["teens"] = 1910,
        ["twenties"] = 1920,
        ["thirties"] = 1930,
        ["forties"] = 1940,
        ["fifties"] = 1950,
    };

    // Words a time expression can start with or hinge on; a sentence with none of them and no digit has no dates.
    private static readonly HashSet<string> Triggers = new(StringComparer.Ordinal)
    {
        "teens", "twenties", "thirties", "forties", "fifties", "year", "years", "later", "earlier", "afterwards",
    };

    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "by", "until", "till", "up", "before", "prior", "after", "since", "from", "around", "about", "approximately",
        "roughly", "circa", "c", "between", "the", "early", "mid", "middle", "late", "a", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "following", "next", "same", "previous", "that", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "teens", "twenties",
        "thirties", "forties", "fifties",
    };

    /// <summary>
    /// The matches that start at words a time expression can start with, left to right. Trying the expression
    /// only there, anchored, is far cheaper than scanning every character of the sentence.
    /// </summary>
    private static IEnumerable<Match> Candidates(Sentence sentence)
    {
        var text = sentence.Text;
        var words = sentence.Words;
        var next = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var at = word.Start - sentence.Start;
            if (at < next || !(char.IsAsciiDigit(word.Text[0]) || (Starters.Contains(word.Text) && Anchored(words, i))))
            {
                continue;
            }

            var m = Expression().Match(text, at);
            if (m.Success && m.Index == at)
            {
                next = m.Index + m.Length;
                yield return m;
            }
        }
    }

    /// <summary>Whether a digit, a month, a decade or "year" follows within four words: else no date can start here.</summary>
    private static bool Anchored(IReadOnlyList<Word> words, int at)
    {
        for (var k = at; k < words.Count && k <= at + 4; k++)
        {
            var w = words[k].Text;
            if (char.IsAsciiDigit(w[0]) || Triggers.Contains(w) || MonthWords.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> MonthWords = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>The time expressions in a sentence; <paramref name="anchor"/> is the last date before it, if any.</summary>
    public static IReadOnlyList<TimeMention> Find(Sentence sentence, HistoricalDate? anchor)
    {
        var found = new List<TimeMention>();
        var text = sentence.Text;
        if (!sentence.Words.Any(w => char.IsAsciiDigit(w.Text[0]) || Triggers.Contains(w.Text)))
        {
            return found;
        }

        var taken = new bool[text.Length];
        foreach (var m in Candidates(sentence))
        {
            if (Resolve(m, anchor) is not var (date, relation, relative))
            {
                continue;
            }

            var start = m.Groups["expr"].Index;
            var end = m.Index + m.Length;
            if (Enumerable.Range(start, end - start).Any(i => taken[i]))
            {
                continue;
            }

            for (var i = start; i < end; i++)
            {
                taken[i] = true;
            }

            found.Add(new TimeMention(sentence.Start + start, sentence.Start + end, text[start..end], date, relation, relative));
            if (!relative)
            {
                anchor = date;
            }
        }

        return found;
    }

    // Essays repeat the same few date forms; parsing each text once keeps recognition cheap. Bounded, so that
    // no stream of odd input can grow it without end.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ParseResult<HistoricalDate>> Parsed = new(StringComparer.Ordinal);

    private static ParseResult<HistoricalDate> ParseDate(string text)
    {
        if (Parsed.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var result = HistoricalDate.Parse(text);
        if (Parsed.Count < 20_000)
        {
            Parsed.TryAdd(text, result);
        }

        return result;
    }

    private static (HistoricalDate Date, TimeRelation Relation, bool Relative)? Resolve(Match m, HistoricalDate? anchor)
    {
        var relation = m.Groups["rel"].Value.ToLowerInvariant().Trim() switch
        {
            "by" => TimeRelation.By,
            "until" or "till" or "up to" => TimeRelation.Until,
            "before" or "prior to" => TimeRelation.Before,
            "after" => TimeRelation.After,
            "since" or "from" => TimeRelation.Since,
            _ => TimeRelation.At,
        };
        var approximate = m.Groups["approx"].Success;

        HistoricalDate? date = null;
        var relative = false;
        if (m.Groups["between"].Success)
        {
            var from = ParseDate(m.Groups["b1"].Value);
            var to = ParseDate(m.Groups["b2"].Value);
            if (from.Success && to.Success && to.Value.Latest >= from.Value.Earliest)
            {
                date = HistoricalDate.Range(from.Value.Start, to.Value.End);
            }
        }
        else if (m.Groups["range"].Success || m.Groups["dayrange"].Success)
        {
            var parsed = ParseDate((m.Groups["range"].Success ? m.Groups["range"].Value : m.Groups["dayrange"].Value).Replace('/', '-'));
            date = parsed.Success ? parsed.Value : null;
        }
        else if (m.Groups["decade"].Success)
        {
            date = Decade(m);
        }
        else if (m.Groups["later"].Success)
        {
            if (anchor is not { } a)
            {
                return null;
            }

            var n = Array.IndexOf(Numbers, m.Groups["n"].Value.ToLowerInvariant());
            var count = n >= 0 ? Math.Max(1, n) : int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var year = m.Groups["dir"].Value.ToLowerInvariant() is "earlier" or "before" ? a.End.Year - count : a.End.Year + count;
            date = year is > 0 and < 10000 ? HistoricalDate.FromYear(year) : null;
            relative = true;
        }
        else if (m.Groups["same"].Success)
        {
            if (anchor is not { } a)
            {
                return null;
            }

            var word = m.Groups["same"].Value.ToLowerInvariant();
            var shift = word.Contains("following", StringComparison.Ordinal) || word.Contains("next", StringComparison.Ordinal) ? 1
                : word.Contains("previous", StringComparison.Ordinal) ? -1 : 0;
            date = HistoricalDate.FromYear(a.End.Year + shift);
            relative = true;
        }
        else if (m.Groups["date"].Success)
        {
            var parsed = ParseDate(m.Groups["date"].Value);
            date = parsed.Success ? parsed.Value : null;
            if (date is { } d && m.Groups["part"].Success)
            {
                date = PartOf(d, m.Groups["part"].Value.ToLowerInvariant());
            }
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

        return (approximate ? Widen(value) : value, relation, relative);
    }

    private static HistoricalDate? Decade(Match m)
    {
        var digits = m.Groups["dy"].Value;
        int start;
        if (digits.Length > 0)
        {
            start = int.Parse(digits, CultureInfo.InvariantCulture);
            if (start < 100)
            {
                start += 1900;
            }
        }
        else if (!DecadeWords.TryGetValue(m.Groups["dw"].Value.ToLowerInvariant(), out start))
        {
            return null;
        }

        var part = m.Groups["dpart"].Value.ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal).Trim();
        return part switch
        {
            "early" => HistoricalDate.Range(HistoricalDate.FromYear(start), HistoricalDate.FromYear(start + 3)),
            "mid" or "middle" => HistoricalDate.Range(HistoricalDate.FromYear(start + 3), HistoricalDate.FromYear(start + 7)),
            "late" => HistoricalDate.Range(HistoricalDate.FromYear(start + 6), HistoricalDate.FromYear(start + 9)),
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

    [GeneratedRegex(
        @"\G(?<![\w.,])(?:(?<rel>by|until|till|up\s+to|before|prior\s+to|after|since|from(?![^.;]{0,40}?\s(?:to|until|till)\s))\s+(?:the\s+)?)?(?<approx>(?:around|about|approximately|roughly|circa|c\.)\s*)?(?<expr>" +
        @"(?<between>(?:between|from)\s+(?<b1>" + Date + @")\s+(?:and|to|until|till)\s+(?<b2>" + Date + @"))" +
        @"|(?<dayrange>" + DayRange + @")" +
        @"|(?<range>" + Year + @"\s*[-–—/]\s*(?:" + Year + @"|\d\d)(?!\d))" +
        @"|(?<decade>(?:the\s+)?(?<dpart>early|mid-?|middle|late)?\s*(?:(?<dy>1\d[0-9]0|\d0)'?s|(?<dw>teens|twenties|thirties|forties|fifties)))" +
        @"|(?<later>(?<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+(?<dir>later|afterwards|after|earlier|before))" +
        @"|(?<same>(?:the\s+)?(?:following|next|same|previous)\s+year|that\s+(?:same\s+)?year)" +
        @"|(?:(?<part>early|late|mid-?|the\s+(?:start|beginning|end|middle)\s+of)\s*(?:in\s+)?)?(?<date>" + Date + @")" +
        @")(?![\w])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Expression();
}
