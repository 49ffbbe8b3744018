using System.Text.RegularExpressions;
using Clio.Dates;
using Clio.Knowledge;
using Clio.Scheduling;

namespace Clio.Revision;

/// <summary>The verdict on a typed answer.</summary>
/// <param name="Correct">Whether the answer counts as right.</param>
/// <param name="NearMiss">
/// Whether it was close: a right answer with a slip of spelling, or a wrong one that was nearly right (one day
/// out, the right month in the wrong year, one pair of events swapped).
/// </param>
/// <param name="Explanation">What was right or wrong, and the right answer, in a sentence or two.</param>
/// <param name="Rating">The rating for the scheduler, from correctness, slips and speed (see <see cref="ResponseSpeed"/>).</param>
public sealed record GradeResult(bool Correct, bool NearMiss, string Explanation, Rating Rating);

/// <summary>
/// Grades typed answers to cards and quiz questions. Names and terms are compared after folding case, accents and
/// punctuation, with every alias the knowledge base gives; a small slip of spelling (scaled to the answer's length)
/// is accepted as a near miss, but never when the text is as near to another real name ("Molotov" is not a
/// misspelling of "Litvinov"). Dates may be typed in any usual form and are graded at the precision asked. Pure
/// and thread-safe; it never throws on what a student types.
/// </summary>
public sealed partial class AnswerGrader
{
    private readonly KnowledgeBase _kb;
    private readonly NameIndex _names;

    /// <summary>A grader for the answers of one knowledge base.</summary>
    public AnswerGrader(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _kb = knowledge;
        _names = new NameIndex(knowledge);
    }

    /// <summary>Whether a card's answer can be typed and graded; an open card is rated by the student.</summary>
    public static bool CanGrade(Card card) => card?.AnswerKind is AnswerKind.Text or AnswerKind.Date or AnswerKind.AllOf;

    /// <summary>Grades a typed answer to a card.</summary>
    /// <exception cref="ArgumentException">The card is open (<see cref="AnswerKind.None"/>): there is nothing to grade against.</exception>
    public GradeResult Grade(Card card, string typed, TimeSpan responseTime)
    {
        ArgumentNullException.ThrowIfNull(card);
        typed ??= string.Empty;
        var (verdict, size) = card.AnswerKind switch
        {
            AnswerKind.Text => (Text(typed, card.Answers, card.Entries), card.Answers.Count == 0 ? 10 : card.Answers.Min(a => a.Length)),
            AnswerKind.Date when card.DateAnswer is { } date => (Date(typed, date, null), date.ToString().Length),
            AnswerKind.AllOf => (AllOf(typed, card.Answers, card.Entries), card.Answers.Sum(a => a.Length + 2)),
            _ => throw new ArgumentException($"The card '{card.Id}' is open: the student rates it against its back.", nameof(card)),
        };
        var back = verdict.Correct ? string.Empty : " " + card.Back;
        return Result(verdict with { Explanation = verdict.Explanation + back }, responseTime, AnswerShape.Typed, size);
    }

    /// <summary>Grades an answer to a quiz question: an option (its text, letter or number), a date, a name, letters in order, or "true"/"false" with a correction.</summary>
    public GradeResult Grade(QuizItem item, string typed, TimeSpan responseTime)
    {
        ArgumentNullException.ThrowIfNull(item);
        typed ??= string.Empty;
        return item switch
        {
            MultipleChoiceItem choice => Result(Choice(choice, typed), responseTime, AnswerShape.Choice, 1),
            DateItem date => Result(Date(typed, date.Answer, date.Known), responseTime, AnswerShape.Typed, date.Answer.ToString().Length),
            OfficeHolderItem office => Result(Text(typed, [office.Holder], [office.HolderId]), responseTime, AnswerShape.Typed, Surname(office.Holder).Length),
            OrderingItem ordering => Result(Ordering(ordering, typed), responseTime, AnswerShape.Arrange, ordering.Events.Count),
            MatchingItem matching => Result(Matching(matching, typed), responseTime, AnswerShape.Arrange, matching.Left.Count),
            TrueFalseItem statement => TrueFalse(statement, typed, responseTime),
            _ => throw new ArgumentException($"Unknown kind of quiz item: {item.GetType().Name}.", nameof(item)),
        };
    }

    private sealed record Verdict(bool Correct, bool NearMiss, string Explanation);

    private static GradeResult Result(Verdict verdict, TimeSpan time, AnswerShape shape, int size) =>
        new(verdict.Correct, verdict.NearMiss, verdict.Explanation, ResponseSpeed.Rate(verdict.Correct, verdict.NearMiss, time, shape, size));

    private static string Surname(string name) => name.Split(' ')[^1];

    private Verdict Text(string typed, IReadOnlyList<string> answers, IReadOnlyList<string> entries)
    {
        var accepted = _names.Accepted(answers, entries.ToHashSet(StringComparer.Ordinal));
        var match = _names.Match(typed, accepted);
        var answer = answers.Count == 1 ? answers[0] : Wording.JoinAnd([.. answers.Take(3)]) + (answers.Count > 3 ? " …" : string.Empty);
        var either = answers.Count == 1 ? $"The answer is {answer}." : $"Any of: {answer}.";
        return match.Kind switch
        {
            MatchKind.Exact => new Verdict(true, false, $"Right: {match.Form}."),
            MatchKind.Spelling => new Verdict(true, true, $"Right, but check the spelling: {match.Form}."),
            MatchKind.Empty => new Verdict(false, false, $"No answer. {either}"),
            MatchKind.Rival => new Verdict(false, false, $"{Quote(typed)} is {match.Rival!.Title}, not the answer. {either}"),
            _ when match.Rival is { } near => new Verdict(false, false, $"{Quote(typed)} is nearer to {near.Title} than to the answer. {either}"),
            _ => new Verdict(false, false, $"Not right. {either}"),
        };
    }

    private static string Quote(string typed) => $"'{typed.Trim()}'";

    /// <summary>Grades a typed date against the answer at its precision; <paramref name="known"/> is the finer date, if any.</summary>
    private static Verdict Date(string typed, HistoricalDate answer, HistoricalDate? known)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return new Verdict(false, false, $"No answer. It was {answer}.");
        }

        if (TypedDate.Parse(typed) is not { } date)
        {
            return new Verdict(false, false, $"{Quote(typed)} is not a date. It was {answer}.");
        }

        if (answer.IsRange)
        {
            return Span(date, answer);
        }

        var precision = answer.Precision;
        var exact = known is { } k && k != answer ? $" (to be exact, {Wording.Plain(k)})" : string.Empty;
        if (date.IsRange)
        {
            date = date.Start;
        }

        if (date.Precision >= precision)
        {
            var cut = Wording.AtPrecision(date, precision);
            if (cut == answer)
            {
                return new Verdict(true, false, $"Right: {answer}{exact}.");
            }

            return Miss(cut, answer, exact);
        }

        // Coarser than asked: right as far as it goes, but the question wants more.
        if (date.Contains(answer))
        {
            var wanted = precision switch
            {
                DatePrecision.Day => "the day",
                DatePrecision.Month => "the month",
                _ => "the year",
            };
            return new Verdict(false, true, $"Right {PrecisionName(date.Precision)}, but the question asks for {wanted}: {answer}.");
        }

        return new Verdict(false, false, $"Not right: it was {answer}{exact}.");
    }

    private static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => "decade",
    };

    /// <summary>How a wrong date at the asked precision was wrong.</summary>
    private static Verdict Miss(HistoricalDate typed, HistoricalDate answer, string exact)
    {
        var a = answer.Earliest;
        var t = typed.Earliest;
        var years = t.Year - a.Year;
        string? near = answer.Precision switch
        {
            DatePrecision.Year or DatePrecision.Decade when Math.Abs(years) == 1 => "one year out",
            DatePrecision.Month when years == 0 && Math.Abs(t.Month - a.Month) == 1 => "one month out",
            DatePrecision.Month when t.Month == a.Month && Math.Abs(years) <= 2 => "right month, wrong year",
            DatePrecision.Day when Math.Abs(t.DayNumber - a.DayNumber) == 1 => "one day out",
            DatePrecision.Day when years == 0 && t.Month == a.Month => "right month, wrong day",
            DatePrecision.Day when t.Month == a.Month && t.Day == a.Day && Math.Abs(years) <= 2 => "right day and month, wrong year",
            DatePrecision.Day when years == 0 && t.Day == a.Day => "right day and year, wrong month",
            _ => null,
        };
        return near is null
            ? new Verdict(false, false, $"Not right: it was {answer}{exact}.")
            : new Verdict(false, true, $"Close, {near}: it was {answer}{exact}.");
    }

    /// <summary>A typed span of years against a term such as 1930–39.</summary>
    private static Verdict Span(HistoricalDate typed, HistoricalDate answer)
    {
        var (start, end) = (answer.Start.Year, answer.End.Year);
        var (from, to) = (typed.Start.Year, typed.End.Year);
        if (from == start && to == end)
        {
            return new Verdict(true, false, $"Right: {answer}.");
        }

        if (!typed.IsRange && from == start)
        {
            return new Verdict(false, true, $"That is when it began; it lasted {answer}.");
        }

        if (from == start || to == end)
        {
            return new Verdict(false, true, $"Close, {(from == start ? "right start, wrong end" : "right end, wrong start")}: it was {answer}.");
        }

        return new Verdict(false, false, $"Not right: it was {answer}.");
    }

    private Verdict AllOf(string typed, IReadOnlyList<string> answers, IReadOnlyList<string> entries)
    {
        var entrySet = entries.ToHashSet(StringComparer.Ordinal);
        var forms = answers.Select(a => _names.Accepted([a], entrySet)).ToList();
        var others = _names.Accepted(entries.Select(id => _kb.Find(id)?.Title).OfType<string>(), entrySet);
        var found = new bool[answers.Count];
        var slips = false;
        var extra = new List<string>();
        foreach (var part in Parts().Split(typed).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var matched = false;
            for (var i = 0; i < answers.Count && !matched; i++)
            {
                var match = _names.Match(part, forms[i]);
                if (match.Kind is MatchKind.Exact or MatchKind.Spelling)
                {
                    found[i] = matched = true;
                    slips |= match.Kind == MatchKind.Spelling;
                }
            }

            // A party the question did not ask for (a state its title names) is neither right nor wrong.
            if (!matched && _names.Match(part, others).Kind is not (MatchKind.Exact or MatchKind.Spelling))
            {
                extra.Add(part);
            }
        }

        var all = Wording.JoinAnd(answers);
        var missing = answers.Where((_, i) => !found[i]).ToList();
        if (missing.Count == 0 && extra.Count == 0)
        {
            return new Verdict(true, slips, slips ? $"Right, but check the spelling: {all}." : $"Right: {all}.");
        }

        if (found.Any(f => f))
        {
            var why = extra.Count > 0 ? $"{Wording.JoinAnd(extra)} {(extra.Count == 1 ? "is" : "are")} wrong" : $"missing {Wording.JoinAnd(missing)}";
            return new Verdict(false, true, $"Partly right ({why}): {all}.");
        }

        return new Verdict(false, false, $"Not right: {all}.");
    }

    private Verdict Choice(MultipleChoiceItem item, string typed)
    {
        var chosen = ChosenOption(item, typed);
        if (chosen is null)
        {
            return new Verdict(false, false, $"Choose one of the options, A to {(char)('A' + item.Options.Count - 1)}. The answer is {item.Answer}. {item.Explanation}");
        }

        return chosen == item.AnswerIndex
            ? new Verdict(true, false, $"Right: {item.Answer}. {item.Explanation}")
            : new Verdict(false, false, $"Not {item.Options[chosen.Value]}: the answer is {item.Answer}. {item.Explanation}");
    }

    /// <summary>The option a typed answer picks: by letter, number, date or name; null when it picks none.</summary>
    private int? ChosenOption(MultipleChoiceItem item, string typed)
    {
        if (Label(typed, item.Options.Count) is { } index)
        {
            return index;
        }

        if (item.Choices == ChoiceKind.Date && TypedDate.Parse(typed) is { } date)
        {
            var at = item.DateOptions.ToList().FindIndex(o => date.Precision >= o.Precision && Wording.AtPrecision(date, o.Precision) == o);
            return at < 0 ? null : at;
        }

        for (var i = 0; i < item.Options.Count; i++)
        {
            var entries = item.OptionIds.Count > i ? new[] { item.OptionIds[i] } : [];
            var match = _names.Match(typed, _names.Accepted([item.Options[i]], entries));
            if (match.Kind is MatchKind.Exact or MatchKind.Spelling)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>"B", "b)", "(b)" or "2" as an option index.</summary>
    private static int? Label(string typed, int count)
    {
        var match = OptionLabel().Match(typed.Trim());
        if (!match.Success)
        {
            return null;
        }

        var text = match.Groups["label"].Value.ToUpperInvariant();
        var index = char.IsDigit(text[0]) ? text[0] - '1' : text[0] - 'A';
        return index >= 0 && index < count ? index : null;
    }

    /// <summary>Letters or numbers in sequence: "BDAC", "B, D, A, C", "2 4 1 3".</summary>
    private static List<int>? Sequence(string typed, int count)
    {
        var compact = Compact(typed);
        var indices = compact.Select(c => char.IsDigit(c) ? c - '1' : c - 'A').ToList();
        return indices.Count == count && indices.All(i => i >= 0 && i < count) && indices.Distinct().Count() == count ? indices : null;
    }

    /// <summary>The letters and digits of an answer, upper case: "b, d, a, c" → "BDAC".</summary>
    private static string Compact(string typed) => new([.. typed.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);

    private static Verdict Ordering(OrderingItem item, string typed)
    {
        var letters = string.Concat(item.Order.Select(i => (char)('A' + i)));
        var sequence = Sequence(typed, item.Events.Count);
        if (sequence is null)
        {
            return new Verdict(false, false, $"Give each letter once, earliest first: {letters}. {item.Explanation}");
        }

        if (sequence.SequenceEqual(item.Order))
        {
            return new Verdict(true, false, $"Right: {letters}. {item.Explanation}");
        }

        var wrongAt = Enumerable.Range(0, sequence.Count).Where(i => sequence[i] != item.Order[i]).ToList();
        var swapped = wrongAt.Count == 2 && wrongAt[1] == wrongAt[0] + 1;
        return swapped
            ? new Verdict(false, true, $"Close, one pair swapped: {letters}. {item.Explanation}")
            : new Verdict(false, false, $"Not right: {letters}. {item.Explanation}");
    }

    private static Verdict Matching(MatchingItem item, string typed)
    {
        var letters = string.Concat(item.Pairs.Select(i => (char)('A' + i)));
        var pairs = PairLabels().Matches(typed.ToUpperInvariant());
        var given = new int[item.Left.Count];
        Array.Fill(given, -1);
        if (pairs.Count == item.Left.Count)
        {
            foreach (Match pair in pairs)
            {
                var left = pair.Groups["n"].Value[0] - '1';
                if (left >= 0 && left < given.Length)
                {
                    given[left] = pair.Groups["l"].Value[0] - 'A';
                }
            }
        }
        else if (Compact(typed) is { } labels && labels.Length == given.Length && labels.All(char.IsLetter))
        {
            for (var i = 0; i < given.Length; i++)
            {
                given[i] = labels[i] - 'A';
            }
        }

        if (given.Any(g => g < 0 || g >= item.Right.Count))
        {
            return new Verdict(false, false, $"Give one letter for each treaty, in order: {letters}. {item.Explanation}");
        }

        var right = given.Where((g, i) => g == item.Pairs[i]).Count();
        if (right == given.Length)
        {
            return new Verdict(true, false, $"Right: {letters}. {item.Explanation}");
        }

        return right == given.Length - 2
            ? new Verdict(false, true, $"Close, {right} of {given.Length} right: {letters}. {item.Explanation}")
            : new Verdict(false, false, $"{right} of {given.Length} right: {letters}. {item.Explanation}");
    }

    private GradeResult TrueFalse(TrueFalseItem item, string typed, TimeSpan time)
    {
        var match = TrueOrFalse().Match(typed.Trim());
        if (!match.Success)
        {
            return Result(new Verdict(false, false, $"Answer true or false. {item.Explanation}"), time, AnswerShape.Choice, 1);
        }

        var saysTrue = match.Groups["true"].Success;
        var correction = CorrectionLead().Replace(match.Groups["rest"].Value.Trim(), string.Empty).Trim();
        if (saysTrue != item.IsTrue)
        {
            return Result(new Verdict(false, false, $"Not right. {item.Explanation}"), time, AnswerShape.Choice, 1);
        }

        if (item.IsTrue)
        {
            return Result(new Verdict(true, false, $"Right. {item.Explanation}"), time, AnswerShape.Choice, 1);
        }

        var size = item.Correction?.Length ?? 4;
        if (correction.Length == 0)
        {
            return Result(new Verdict(true, true, $"Right, it is false, but give the correction too. {item.Explanation}"), time, AnswerShape.Typed, size);
        }

        var fixedRight = item.CorrectionDate is { } date
            ? Date(correction, date, null)
            : Text(correction, [item.Correction!], [.. item.Entries]);
        return fixedRight.Correct
            ? Result(new Verdict(true, fixedRight.NearMiss, $"Right, it is false. {item.Explanation}"), time, AnswerShape.Typed, size)
            : Result(new Verdict(false, true, $"Right that it is false, but the correction is wrong. {item.Explanation}"), time, AnswerShape.Typed, size);
    }

    [GeneratedRegex(@"^\(?(?<label>[A-Fa-f1-6])[.):]?$")]
    private static partial Regex OptionLabel();


    [GeneratedRegex(@"(?<n>[1-6])\s*[-–:=.)>]*\s*(?<l>[A-F])(?![A-Z])")]
    private static partial Regex PairLabels();

    [GeneratedRegex(@"^(?:(?<true>true|t|yes|y|right|correct)|(?<false>false|f|no|n|wrong|incorrect))\b[\s,.;:!–—-]*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrueOrFalse();

    [GeneratedRegex(@"^(?:it\s+was|it's|it\s+is|should\s+be|actually|in\s+fact|rather|in|on)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CorrectionLead();

    [GeneratedRegex(@"\s*(?:,|;|&|/|\+|\band\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Parts();
}
