using System.Globalization;

namespace Clio.Essays;

/// <summary>The forms of time expression <see cref="TemporalScanner"/> knows.</summary>
internal enum TimeForm
{
    /// <summary>"between 1934 and 1939", "from 1930 to 1939": <see cref="TimeMatch.First"/> and <see cref="TimeMatch.Second"/> are the two dates.</summary>
    Between,

    /// <summary>"17–26 September 1939": <see cref="TimeMatch.First"/> is the whole range.</summary>
    DayRange,

    /// <summary>"1936-39", "1936/37": <see cref="TimeMatch.First"/> is the whole range.</summary>
    Range,

    /// <summary>"the late 1920s", "the mid-twenties": <see cref="TimeMatch.Word"/> is the part of the decade, <see cref="TimeMatch.First"/> its digits or <see cref="TimeMatch.Number"/> its name.</summary>
    Decade,

    /// <summary>"two years later": <see cref="TimeMatch.First"/> is the number, <see cref="TimeMatch.Number"/> which number word, <see cref="TimeMatch.Word"/> the direction.</summary>
    Later,

    /// <summary>"the following year", "that same year": <see cref="TimeMatch.Word"/> is the year's shift.</summary>
    Same,

    /// <summary>"23 August 1939", "early 1938": <see cref="TimeMatch.Second"/> is the date, <see cref="TimeMatch.Word"/> the part of it.</summary>
    Date,
}

/// <summary>A piece of a sentence's text, by offsets; <see cref="None"/> when a part is absent.</summary>
internal readonly record struct TextPiece(int Start, int End)
{
    public static readonly TextPiece None = new(-1, -1);

    public bool Found => Start >= 0;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>A time expression found at one place in a sentence, with where its parts lie.</summary>
internal struct TimeMatch
{
    /// <summary>The form found.</summary>
    public TimeForm Form;

    /// <summary>The relation word it opens with ("by", "until", "up to"), if any.</summary>
    public TextPiece Relation;

    /// <summary>Which relation word: an index into <see cref="TemporalScanner.RelationWords"/>, or -1.</summary>
    public int RelationIndex;

    /// <summary>Whether the writer was approximate ("around", "c.").</summary>
    public bool Approximate;

    /// <summary>Where the expression proper starts (after any relation and approximation words).</summary>
    public int ExpressionStart;

    /// <summary>The character just after the match.</summary>
    public int End;

    /// <summary>A part of the expression; what it holds depends on <see cref="Form"/>.</summary>
    public TextPiece First;

    /// <summary>A second part; what it holds depends on <see cref="Form"/>.</summary>
    public TextPiece Second;

    /// <summary>Which word of a closed list was used, as the form describes; -1 for none.</summary>
    public int Word;

    /// <summary>Which of <see cref="TemporalScanner.Numbers"/> "a year later" counts with, -1 for digits; or which of <see cref="TemporalScanner.DecadeNames"/> a decade is.</summary>
    public int Number;
}

/// <summary>
/// Matches time expressions by hand, at a given place in a sentence. The grammar, with every word matched
/// regardless of case, <c>\s</c> any white space and <c>\d</c> any decimal digit:
/// <code>
/// MONTH  = (january|february|march|april|may|june|july|august|september|october|november|december
///           |jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec) "."?
/// YEAR   = (1[89]\d\d | 20\d\d), not followed by \s+ and a word of counting ("aircraft", "troops", ...)
/// DAY    = ([1-9] | [12]\d | 3[01]) (st|nd|rd|th)?
/// DATE   = ("the" \s+)? DAY (\s+ "of")? \s+ MONTH ","? \s+ YEAR | MONTH \s+ DAY ","? \s+ YEAR | MONTH ","? \s+ YEAR | YEAR
/// match  = not after a letter, digit, "." or ","
///          (RELATION \s+ ("the" \s+)?)? (APPROX \s*)? EXPRESSION, not followed by a letter or digit
/// RELATION = by | until | till | up \s+ to | before | prior \s+ to | after | since
///          | from, unless " to ", " until " or " till " follows within 40 characters with no "." or ";" before it
/// APPROX = around | about | approximately | roughly | circa | "c."
/// EXPRESSION, the first form that fits:
///   (between|from) \s+ DATE \s+ (and|to|until|till) \s+ DATE
///   DAY \s* DASH \s* DAY \s+ MONTH ","? \s+ YEAR | DAY (\s+ MONTH)? \s+ DASH \s+ DAY \s+ MONTH ","? \s+ YEAR
///   YEAR \s* (DASH|"/") \s* (YEAR | \d\d), not followed by a digit
///   ("the" \s+)? (early|mid-|mid|middle|late)? \s* ((1\d[0-9]0 | \d0) "'"? "s" | teens|twenties|thirties|forties|fifties)
///   (a|one|two|...|ten|\d+) \s+ year "s"? \s+ (later|afterwards|after|earlier|before)
///   ("the" \s+)? (following|next|same|previous) \s+ year | that \s+ (same \s+)? year
///   ((early|late|mid-|mid|the \s+ (start|beginning|end|middle) \s+ of) \s* ("in" \s+)?)? DATE
/// </code>
/// Where a part could match in several ways, the ways are tried in the order written, greedy ones longest first,
/// and the first way that lets the whole expression match wins: the order a backtracking regular expression
/// engine follows, so that this scanner finds exactly what the expression it replaced found. Every way a white
/// space run could be split between two parts is left out: each part after it starts with a non-space, so only
/// the whole run can succeed, and it is tried first. Candidate ends are handed to a visitor as they are found,
/// so nothing is allocated.
/// </summary>
internal static class TemporalScanner
{
    /// <summary>The relation words, in the order they are tried.</summary>
    public static readonly string[] RelationWords = ["by", "until", "till", "up", "before", "prior", "after", "since", "from"];

    /// <summary>The number words of "a year later", in order; a number in digits is index -1.</summary>
    public static readonly string[] Numbers = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>The directions of "a year later", in the order they are tried.</summary>
    public static readonly string[] Directions = ["later", "afterwards", "after", "earlier", "before"];

    /// <summary>The parts of a decade, in the order they are tried: early, mid-, mid, middle, late.</summary>
    public static readonly string[] DecadeParts = ["early", "mid-", "mid", "middle", "late"];

    /// <summary>The decades by name, in the order they are tried.</summary>
    public static readonly string[] DecadeNames = ["teens", "twenties", "thirties", "forties", "fifties"];

    /// <summary>The words of "the following year", in the order they are tried; "that year" is the last index.</summary>
    public static readonly string[] SameYearWords = ["following", "next", "same", "previous", "that"];

    /// <summary>The parts of a year or month, in the order they are tried.</summary>
    public static readonly string[] DateParts = ["early", "late", "mid-", "mid", "start", "beginning", "end", "middle"];

    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
    ];

    // After a year, these words make it a count: "1500 aircraft".
    private static readonly string[] Counted =
    [
        "aircraft", "planes", "tanks", "troops", "men", "soldiers", "people", "guns", "km", "miles", "kilometres", "square",
        "dead", "killed", "casualties", "prisoners", "roubles", "rubles", "million", "marks", "pounds", "dollars", "yen",
        "volunteers", "advisers", "officers", "divisions",
    ];

    private static readonly string[] Approximations = ["around", "about", "approximately", "roughly", "circa", "c."];
    private static readonly string[] Connectors = ["and", "to", "until", "till"];
    private static readonly string[] DaySuffixes = ["st", "nd", "rd", "th"];

    /// <summary>Whether a time expression starts exactly at <paramref name="at"/> in <paramref name="text"/>.</summary>
    public static bool TryMatch(string text, int at, out TimeMatch match)
    {
        match = default;
        match.RelationIndex = -1;
        var s = text.AsSpan();
        if (at > 0 && (IsWordChar(s[at - 1]) || s[at - 1] is '.' or ','))
        {
            return false;
        }

        var relation = Relation(s, at, out var index);
        if (relation >= 0)
        {
            var space = Spaces(s, relation);
            if (space > 0)
            {
                match.Relation = new TextPiece(at, relation);
                match.RelationIndex = index;
                var after = relation + space;
                var the = Literal(s, after, "the");
                if (the >= 0 && Spaces(s, the) is var gap and > 0 && Approximated(s, the + gap, ref match))
                {
                    return true;
                }

                if (Approximated(s, after, ref match))
                {
                    return true;
                }

                match.Relation = TextPiece.None;
                match.RelationIndex = -1;
            }
        }

        return Approximated(s, at, ref match);
    }

    /// <summary>Whether a character is what <c>\w</c> matches: a letter, a non-spacing mark, a decimal digit or a connector.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or
            UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or
            UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }

    private static bool Approximated(ReadOnlySpan<char> s, int at, ref TimeMatch match)
    {
        foreach (var word in Approximations)
        {
            var end = Literal(s, at, word);
            if (end >= 0)
            {
                match.Approximate = true;
                if (Expression(s, end + Spaces(s, end), ref match))
                {
                    return true;
                }

                break;
            }
        }

        match.Approximate = false;
        return Expression(s, at, ref match);
    }

    /// <summary>The end of the relation word at <paramref name="at"/>, or -1; the words start with different letters, so at most one fits.</summary>
    private static int Relation(ReadOnlySpan<char> s, int at, out int index)
    {
        for (index = 0; index < RelationWords.Length; index++)
        {
            var word = RelationWords[index];
            var end = Literal(s, at, word);
            if (end < 0)
            {
                continue;
            }

            switch (word)
            {
                case "up":
                case "prior":
                    var space = Spaces(s, end);
                    return space > 0 ? Literal(s, end + space, "to") : -1;
                case "from":
                    return ClosedLater(s, end) ? -1 : end;
                default:
                    return end;
            }
        }

        index = -1;
        return -1;
    }

    /// <summary>"from 1930 to 1939": a space, then "to", "until" or "till" and a space, within 40 characters free of "." and ";".</summary>
    private static bool ClosedLater(ReadOnlySpan<char> s, int from)
    {
        for (var k = 0; k <= 40; k++)
        {
            var at = from + k;
            if (at >= s.Length || (k > 0 && s[at - 1] is '.' or ';'))
            {
                return false;
            }

            if (!char.IsWhiteSpace(s[at]))
            {
                continue;
            }

            foreach (var word in (ReadOnlySpan<string>)["to", "until", "till"])
            {
                var end = Literal(s, at + 1, word);
                if (end >= 0 && end < s.Length && char.IsWhiteSpace(s[end]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Expression(ReadOnlySpan<char> s, int at, ref TimeMatch match)
    {
        match.ExpressionStart = at;
        match.First = TextPiece.None;
        match.Second = TextPiece.None;
        match.Word = -1;
        match.Number = -1;
        return Between(s, at, ref match) || DayRange(s, at, ref match) || YearRange(s, at, ref match) ||
               Decade(s, at, ref match) || Later(s, at, ref match) || SameYear(s, at, ref match) || PartDate(s, at, ref match);
    }

    private static bool Accept(ReadOnlySpan<char> s, int end, TimeForm form, ref TimeMatch match)
    {
        if (end < s.Length && IsWordChar(s[end]))
        {
            return false;
        }

        match.Form = form;
        match.End = end;
        return true;
    }

    private static bool Between(ReadOnlySpan<char> s, int at, ref TimeMatch match)
    {
        var word = Literal(s, at, "between");
        if (word < 0)
        {
            word = Literal(s, at, "from");
        }

        var space = word < 0 ? 0 : Spaces(s, word);
        if (space == 0)
        {
            return false;
        }

        var visitor = new BetweenFirst(word + space);
        if (!Date(s, word + space, ref visitor))
        {
            return false;
        }

        match.First = visitor.First;
        match.Second = visitor.Second;
        return Accept(s, visitor.Second.End, TimeForm.Between, ref match);
    }

    private static bool DayRange(ReadOnlySpan<char> s, int at, ref TimeMatch match)
    {
        var visitor = new Final();
        if (!DayRangeEnds(s, at, ref visitor))
        {
            return false;
        }

        match.First = new TextPiece(at, visitor.End);
        return Accept(s, visitor.End, TimeForm.DayRange, ref match);
    }

    private static bool YearRange(ReadOnlySpan<char> s, int at, ref TimeMatch match)
    {
        var year = Year(s, at);
        if (year < 0)
        {
            return false;
        }

        var dash = year + Spaces(s, year);
        if (dash >= s.Length || s[dash] is not ('-' or '–' or '—' or '/'))
        {
            return false;
        }

        var second = dash + 1 + Spaces(s, dash + 1);
        var end = Year(s, second);
        if (end >= 0 && !DigitAt(s, end) && Accept(s, end, TimeForm.Range, ref match))
        {
            match.First = new TextPiece(at, end);
            return true;
        }

        if (DigitAt(s, second) && DigitAt(s, second + 1) && !DigitAt(s, second + 2) && Accept(s, second + 2, TimeForm.Range, ref match))
        {
            match.First = new TextPiece(at, second + 2);
            return true;
        }

        return false;
    }

    private static bool Decade(ReadOnlySpan<char> s, int at, ref TimeMatch match)
    {
        for (var withThe = 1; withThe >= 0; withThe--)
        {
            var start = withThe == 1 ? AfterThe(s, at) : at;
            if (start < 0)
            {
                continue;
            }

            for (var part = 0; part <= DecadeParts.Length; part++)
            {
                var end = part == DecadeParts.Length ? start : Literal(s, start, DecadeParts[part]);
                if (end < 0)
                {
                    continue;
                }

                var digits = end + Spaces(s, end);
                match.Word = part == DecadeParts.Length ? -1 : part;

                // (1\d[0-9]0 | \d0) '? s
                if (At(s, digits, '1') && DigitAt(s, digits + 1) && digits + 2 < s.Length && char.IsAsciiDigit(s[digits + 2]) && At(s, digits + 3, '0') &&
                    DecadeSuffix(s, digits, digits + 4, ref match))
                {
                    return true;
                }

                if (DigitAt(s, digits) && At(s, digits + 1, '0') && DecadeSuffix(s, digits, digits + 2, ref match))
                {
                    return true;
                }

                for (var name = 0; name < DecadeNames.Length; name++)
                {
                    var named = Literal(s, digits, DecadeNames[name]);
                    if (named >= 0 && Accept(s, named, TimeForm.Decade, ref match))
                    {
                        match.First = TextPiece.None;
                        match.Second = new TextPiece(digits, named);
                        match.Number = name;
                        return true;
                    }
                }
            }
        }

        match.Word = -1;
        return false;
    }

    private static bool DecadeSuffix(ReadOnlySpan<char> s, int digits, int end, ref TimeMatch match)
    {
        if (At(s, end, '\'') && LetterAt(s, end + 1, 's') && Accept(s, end + 2, TimeForm.Decade, ref match))
        {
            match.First = new TextPiece(digits, end);
            return true;
        }

        if (LetterAt(s, end, 's') && Accept(s, end + 1, TimeForm.Decade, ref match))
        {
            match.First = new TextPiece(digits, end);
            return true;
        }

        return false;
    }

    private static bool Later(ReadOnlySpan<char> s, int at, ref TimeMatch match)
    {
        for (var number = 0; number <= Numbers.Length; number++)
        {
            int end;
            if (number < Numbers.Length)
            {
                end = Literal(s, at, Numbers[number]);
            }
            else
            {
                // \d+ is greedy, and a shorter run would leave a digit where white space must follow.
                end = at;
                while (DigitAt(s, end))
                {
                    end++;
                }

                if (end == at)
                {
                    end = -1;
                }
            }

            var space = end < 0 ? 0 : Spaces(s, end);
            var year = space == 0 ? -1 : Literal(s, end + space, "year");
            if (year < 0)
            {
                continue;
            }

            for (var plural = 1; plural >= 0; plural--)
            {
                var after = year;
                if (plural == 1)
                {
                    if (!LetterAt(s, year, 's'))
                    {
                        continue;
                    }

                    after++;
                }

                var gap = Spaces(s, after);
                if (gap == 0)
                {
                    continue;
                }

                for (var direction = 0; direction < Directions.Length; direction++)
                {
                    var last = Literal(s, after + gap, Directions[direction]);
                    if (last >= 0 && Accept(s, last, TimeForm.Later, ref match))
                    {
                        match.First = new TextPiece(at, end);
                        match.Number = number < Numbers.Length ? number : -1;
                        match.Word = direction;
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool SameYear(ReadOnlySpan<char> s, int at, ref TimeMatch match)
    {
        for (var withThe = 1; withThe >= 0; withThe--)
        {
            var start = withThe == 1 ? AfterThe(s, at) : at;
            if (start < 0)
            {
                continue;
            }

            for (var word = 0; word < 4; word++)
            {
                var end = Literal(s, start, SameYearWords[word]);
                var space = end < 0 ? 0 : Spaces(s, end);
                var year = space == 0 ? -1 : Literal(s, end + space, "year");
                if (year >= 0 && Accept(s, year, TimeForm.Same, ref match))
                {
                    match.Word = word;
                    return true;
                }
            }
        }

        // that \s+ (same \s+)? year
        var that = Literal(s, at, "that");
        var gap = that < 0 ? 0 : Spaces(s, that);
        if (gap == 0)
        {
            return false;
        }

        var same = Literal(s, that + gap, "same");
        var sameGap = same < 0 ? 0 : Spaces(s, same);
        if (sameGap > 0 && Literal(s, same + sameGap, "year") is var afterSame and >= 0 && Accept(s, afterSame, TimeForm.Same, ref match))
        {
            match.Word = 4;
            return true;
        }

        if (Literal(s, that + gap, "year") is var plain and >= 0 && Accept(s, plain, TimeForm.Same, ref match))
        {
            match.Word = 4;
            return true;
        }

        return false;
    }

    private static bool PartDate(ReadOnlySpan<char> s, int at, ref TimeMatch match)
    {
        for (var part = 0; part < DateParts.Length; part++)
        {
            var end = DatePart(s, at, part);
            if (end < 0)
            {
                continue;
            }

            var start = end + Spaces(s, end);
            var into = Literal(s, start, "in");
            var space = into < 0 ? 0 : Spaces(s, into);
            if (space > 0 && FinalDate(s, into + space, part, ref match))
            {
                return true;
            }

            if (FinalDate(s, start, part, ref match))
            {
                return true;
            }
        }

        return FinalDate(s, at, -1, ref match);
    }

    /// <summary>The end of a part of a year or month at <paramref name="at"/>: "early", "mid-", "the start of".</summary>
    private static int DatePart(ReadOnlySpan<char> s, int at, int part)
    {
        if (part < 4)
        {
            return Literal(s, at, DateParts[part]);
        }

        var afterThe = AfterThe(s, at);
        var word = afterThe < 0 ? -1 : Literal(s, afterThe, DateParts[part]);
        var gap = word < 0 ? 0 : Spaces(s, word);
        return gap == 0 ? -1 : Literal(s, word + gap, "of");
    }

    private static bool FinalDate(ReadOnlySpan<char> s, int at, int part, ref TimeMatch match)
    {
        var visitor = new Final();
        if (!Date(s, at, ref visitor))
        {
            return false;
        }

        match.First = TextPiece.None;
        match.Second = new TextPiece(at, visitor.End);
        match.Word = part;
        return Accept(s, visitor.End, TimeForm.Date, ref match);
    }

    /// <summary>Receives the places a part could end, in the order they are tried; true stops the search.</summary>
    private interface IEnds
    {
        bool Try(ReadOnlySpan<char> s, int end);
    }

    /// <summary>Takes the first end the whole expression may stop at: one not followed by a letter or digit.</summary>
    private struct Final() : IEnds
    {
        public int End { get; private set; } = -1;

        public bool Try(ReadOnlySpan<char> s, int end)
        {
            if (end < s.Length && IsWordChar(s[end]))
            {
                return false;
            }

            End = end;
            return true;
        }
    }

    /// <summary>"between DATE and DATE": for each end of the first date, the connector and every end of the second.</summary>
    private struct BetweenFirst(int start) : IEnds
    {
        public TextPiece First { get; private set; }

        public TextPiece Second { get; private set; }

        public bool Try(ReadOnlySpan<char> s, int end)
        {
            var space = Spaces(s, end);
            if (space == 0)
            {
                return false;
            }

            foreach (var connector in Connectors)
            {
                var word = Literal(s, end + space, connector);
                if (word < 0)
                {
                    continue;
                }

                var gap = Spaces(s, word);
                if (gap == 0)
                {
                    return false;
                }

                var second = new Final();
                if (Date(s, word + gap, ref second))
                {
                    First = new TextPiece(start, end);
                    Second = new TextPiece(word + gap, second.End);
                    return true;
                }

                // The connectors start with different letters: no other can fit here.
                return false;
            }

            return false;
        }
    }

    /// <summary>Every end of a DATE at <paramref name="at"/>, in order, until the visitor takes one.</summary>
    private static bool Date<T>(ReadOnlySpan<char> s, int at, ref T visitor)
        where T : struct, IEnds
    {
        Span<int> days = stackalloc int[4];
        Span<int> months = stackalloc int[6];

        // ("the" \s+)? DAY (\s+ "of")? \s+ MONTH ","? \s+ YEAR
        for (var withThe = 1; withThe >= 0; withThe--)
        {
            var start = withThe == 1 ? AfterThe(s, at) : at;
            if (start < 0)
            {
                continue;
            }

            var dayCount = Day(s, start, days);
            for (var d = 0; d < dayCount; d++)
            {
                for (var withOf = 1; withOf >= 0; withOf--)
                {
                    var end = days[d];
                    if (withOf == 1)
                    {
                        var space = Spaces(s, end);
                        end = space == 0 ? -1 : Literal(s, end + space, "of");
                        if (end < 0)
                        {
                            continue;
                        }
                    }

                    var gap = Spaces(s, end);
                    if (gap == 0)
                    {
                        continue;
                    }

                    var monthCount = Month(s, end + gap, months);
                    for (var m = 0; m < monthCount; m++)
                    {
                        if (YearAfter(s, months[m], ref visitor))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        // MONTH \s+ DAY ","? \s+ YEAR
        var count = Month(s, at, months);
        for (var m = 0; m < count; m++)
        {
            var space = Spaces(s, months[m]);
            if (space == 0)
            {
                continue;
            }

            var dayCount = Day(s, months[m] + space, days);
            for (var d = 0; d < dayCount; d++)
            {
                if (YearAfter(s, days[d], ref visitor))
                {
                    return true;
                }
            }
        }

        // MONTH ","? \s+ YEAR
        for (var m = 0; m < count; m++)
        {
            if (YearAfter(s, months[m], ref visitor))
            {
                return true;
            }
        }

        // YEAR
        var year = Year(s, at);
        return year >= 0 && visitor.Try(s, year);
    }

    /// <summary>Every end of a DAYRANGE at <paramref name="at"/>, in order, until the visitor takes one.</summary>
    private static bool DayRangeEnds<T>(ReadOnlySpan<char> s, int at, ref T visitor)
        where T : struct, IEnds
    {
        Span<int> first = stackalloc int[4];
        Span<int> months = stackalloc int[6];
        var firstCount = Day(s, at, first);

        // DAY \s* DASH \s* DAY \s+ MONTH ","? \s+ YEAR
        for (var d = 0; d < firstCount; d++)
        {
            var dash = first[d] + Spaces(s, first[d]);
            if (dash < s.Length && s[dash] is '-' or '–' or '—' && DayMonthYear(s, dash + 1 + Spaces(s, dash + 1), ref visitor))
            {
                return true;
            }
        }

        // DAY (\s+ MONTH)? \s+ DASH \s+ DAY \s+ MONTH ","? \s+ YEAR
        for (var d = 0; d < firstCount; d++)
        {
            var space = Spaces(s, first[d]);
            if (space > 0)
            {
                var monthCount = Month(s, first[d] + space, months);
                for (var m = 0; m < monthCount; m++)
                {
                    if (SpacedDash(s, months[m], ref visitor))
                    {
                        return true;
                    }
                }
            }

            if (SpacedDash(s, first[d], ref visitor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>\s+ DASH \s+ DAY \s+ MONTH ","? \s+ YEAR.</summary>
    private static bool SpacedDash<T>(ReadOnlySpan<char> s, int at, ref T visitor)
        where T : struct, IEnds
    {
        var space = Spaces(s, at);
        var dash = at + space;
        if (space == 0 || dash >= s.Length || s[dash] is not ('-' or '–' or '—'))
        {
            return false;
        }

        var gap = Spaces(s, dash + 1);
        return gap > 0 && DayMonthYear(s, dash + 1 + gap, ref visitor);
    }

    /// <summary>DAY \s+ MONTH ","? \s+ YEAR.</summary>
    private static bool DayMonthYear<T>(ReadOnlySpan<char> s, int at, ref T visitor)
        where T : struct, IEnds
    {
        Span<int> days = stackalloc int[4];
        Span<int> months = stackalloc int[6];
        var dayCount = Day(s, at, days);
        for (var d = 0; d < dayCount; d++)
        {
            var space = Spaces(s, days[d]);
            if (space == 0)
            {
                continue;
            }

            var monthCount = Month(s, days[d] + space, months);
            for (var m = 0; m < monthCount; m++)
            {
                if (YearAfter(s, months[m], ref visitor))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>","? \s+ YEAR after <paramref name="at"/>: a comma and a space, or a space alone.</summary>
    private static bool YearAfter<T>(ReadOnlySpan<char> s, int at, ref T visitor)
        where T : struct, IEnds
    {
        if (At(s, at, ','))
        {
            var space = Spaces(s, at + 1);
            var year = space == 0 ? -1 : Year(s, at + 1 + space);
            if (year >= 0 && visitor.Try(s, year))
            {
                return true;
            }
        }

        var gap = Spaces(s, at);
        var plain = gap == 0 ? -1 : Year(s, at + gap);
        return plain >= 0 && visitor.Try(s, plain);
    }

    /// <summary>The end of a YEAR at <paramref name="at"/>, or -1: 18xx, 19xx or 20xx, not followed by a word of counting.</summary>
    private static int Year(ReadOnlySpan<char> s, int at)
    {
        if (at + 4 > s.Length || !DigitAt(s, at + 2) || !DigitAt(s, at + 3))
        {
            return -1;
        }

        if (!((s[at] == '1' && s[at + 1] is '8' or '9') || (s[at] == '2' && s[at + 1] == '0')))
        {
            return -1;
        }

        var end = at + 4;
        var space = Spaces(s, end);
        if (space > 0)
        {
            foreach (var word in Counted)
            {
                if (Literal(s, end + space, word) >= 0)
                {
                    return -1;
                }
            }
        }

        return end;
    }

    /// <summary>The ends of a DAY at <paramref name="at"/>, in the order they are tried.</summary>
    private static int Day(ReadOnlySpan<char> s, int at, Span<int> ends)
    {
        var count = 0;
        if (at < s.Length && s[at] is >= '1' and <= '9')
        {
            Suffixed(s, at + 1, ends, ref count);
        }

        if (at + 1 < s.Length && s[at] is '1' or '2' && char.IsDigit(s[at + 1]))
        {
            Suffixed(s, at + 2, ends, ref count);
        }

        if (at + 1 < s.Length && s[at] == '3' && s[at + 1] is '0' or '1')
        {
            Suffixed(s, at + 2, ends, ref count);
        }

        return count;

        static void Suffixed(ReadOnlySpan<char> s, int end, Span<int> ends, ref int count)
        {
            foreach (var suffix in DaySuffixes)
            {
                if (Literal(s, end, suffix) >= 0)
                {
                    ends[count++] = end + 2;
                    break;
                }
            }

            ends[count++] = end;
        }
    }

    /// <summary>The ends of a MONTH at <paramref name="at"/>, in the order they are tried.</summary>
    private static int Month(ReadOnlySpan<char> s, int at, Span<int> ends)
    {
        if (at >= s.Length || !char.IsLetter(s[at]))
        {
            return 0;
        }

        var count = 0;
        foreach (var month in Months)
        {
            var end = Literal(s, at, month);
            if (end < 0)
            {
                continue;
            }

            if (At(s, end, '.'))
            {
                ends[count++] = end + 1;
            }

            ends[count++] = end;
        }

        return count;
    }

    /// <summary>The end of <paramref name="word"/> (lower case) at <paramref name="at"/>, matched regardless of case, or -1.</summary>
    private static int Literal(ReadOnlySpan<char> s, int at, string word)
    {
        if (at < 0 || at + word.Length > s.Length)
        {
            return -1;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (char.ToLowerInvariant(s[at + k]) != word[k])
            {
                return -1;
            }
        }

        return at + word.Length;
    }

    /// <summary>How many white-space characters start at <paramref name="at"/>.</summary>
    /// <summary>Where the next word starts after "the" and at least one space at <paramref name="at"/>; -1 if there is none.</summary>
    private static int AfterThe(ReadOnlySpan<char> s, int at)
    {
        var the = Literal(s, at, "the");
        var space = the < 0 ? 0 : Spaces(s, the);
        return space == 0 ? -1 : the + space;
    }

    private static int Spaces(ReadOnlySpan<char> s, int at)
    {
        var end = at;
        while (end < s.Length && char.IsWhiteSpace(s[end]))
        {
            end++;
        }

        return end - at;
    }

    private static bool At(ReadOnlySpan<char> s, int at, char c) => at < s.Length && s[at] == c;

    private static bool LetterAt(ReadOnlySpan<char> s, int at, char lower) => at < s.Length && char.ToLowerInvariant(s[at]) == lower;

    private static bool DigitAt(ReadOnlySpan<char> s, int at) => at < s.Length && char.IsDigit(s[at]);
}
