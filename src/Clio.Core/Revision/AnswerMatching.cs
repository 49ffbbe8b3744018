using System.Globalization;
using System.Text.RegularExpressions;
using Clio.Dates;
using Clio.Knowledge;
using Clio.Text;

namespace Clio.Revision;

/// <summary>How a typed name or term compares with the accepted answers.</summary>
internal enum MatchKind
{
    /// <summary>Nothing typed.</summary>
    Empty,

    /// <summary>An accepted form, after folding case, accents and punctuation.</summary>
    Exact,

    /// <summary>An accepted form but for a slip of spelling, and nearer to it than to any other name.</summary>
    Spelling,

    /// <summary>The name of something else in the knowledge base.</summary>
    Rival,

    /// <summary>Neither.</summary>
    Wrong,
}

/// <summary>The outcome of comparing a typed name: how, and with which form (as written) or which other entry.</summary>
internal readonly record struct NameMatch(MatchKind Kind, string? Form, Entry? Rival);

/// <summary>
/// Every name in the knowledge base (titles, aliases, and titles without their bracketed part), folded, so that a
/// typed answer can be checked against the accepted forms and against every other real answer.
/// </summary>
internal sealed partial class NameIndex
{
    private static readonly string[] Articles = ["the ", "a ", "an "];
    private readonly Dictionary<string, List<(Entry Entry, string Written)>> _names = new(StringComparer.Ordinal);

    public NameIndex(KnowledgeBase kb)
    {
        foreach (var entry in kb.All.Where(e => e is Event or Actor or Historian or Term))
        {
            foreach (var name in NamesOf(entry))
            {
                var key = Fold(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!_names.TryGetValue(key, out var list))
                {
                    _names[key] = list = [];
                }

                if (!list.Any(p => p.Entry == entry))
                {
                    list.Add((entry, name));
                }
            }
        }
    }

    /// <summary>Folds an answer for comparison: lower case, no accents or punctuation, no leading article.</summary>
    public static string Fold(string text)
    {
        var folded = TextFolding.Normalize(text);
        foreach (var article in Articles)
        {
            if (folded.StartsWith(article, StringComparison.Ordinal))
            {
                return folded[article.Length..];
            }
        }

        return folded;
    }

    /// <summary>The edit distance a typed answer may be from a form of the given folded length: 0 up to 3 letters, then 1, 2, and 1 more each 8 letters.</summary>
    public static int Allowance(int length) => length switch
    {
        <= 3 => 0,
        <= 5 => 1,
        <= 8 => 2,
        _ => Math.Min(4, 2 + ((length - 8) / 8)),
    };

    /// <summary>
    /// The accepted forms of the given answers: each as written and without its bracketed part, and every name of
    /// the entries among <paramref name="entries"/> that the answer names. Keys are folded; values are the forms as written.
    /// </summary>
    public Dictionary<string, string> Accepted(IEnumerable<string> answers, IReadOnlyCollection<string> entries)
    {
        var accepted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            foreach (var form in new[] { answer, Wording.StripParenthesis(answer) })
            {
                var key = Fold(form);
                if (key.Length == 0)
                {
                    continue;
                }

                accepted.TryAdd(key, form);
                if (!_names.TryGetValue(key, out var named))
                {
                    continue;
                }

                foreach (var (entry, _) in named.Where(n => entries.Contains(n.Entry.Id)))
                {
                    foreach (var name in NamesOf(entry))
                    {
                        accepted.TryAdd(Fold(name), name);
                    }
                }
            }
        }

        return accepted;
    }

    /// <summary>Compares a typed answer with the accepted forms, and with every other name in the knowledge base.</summary>
    public NameMatch Match(string typed, IReadOnlyDictionary<string, string> accepted)
    {
        var text = Fold(typed);
        if (text.Length == 0)
        {
            return new NameMatch(MatchKind.Empty, null, null);
        }

        if (accepted.TryGetValue(text, out var exact))
        {
            return new NameMatch(MatchKind.Exact, exact, null);
        }

        // "Rapallo treaty" for "Treaty of Rapallo": the same key words in another order or with other small words.
        var keys = Wording.KeyTokens(text);
        if (keys.Count > 0)
        {
            foreach (var (form, written) in accepted)
            {
                var formKeys = Wording.KeyTokens(form);
                if (formKeys.Count == keys.Count && !formKeys.Except(keys, StringComparer.Ordinal).Any())
                {
                    return new NameMatch(MatchKind.Exact, written, null);
                }
            }
        }

        if (_names.TryGetValue(text, out var rivals))
        {
            return new NameMatch(MatchKind.Rival, null, rivals[0].Entry);
        }

        // A slip of spelling counts only when the typed text is nearer the answer than any other name.
        var best = int.MaxValue;
        string? bestForm = null;
        foreach (var (form, written) in accepted)
        {
            var limit = Allowance(form.Length);
            var distance = EditDistance.Compute(text, form, limit);
            if (distance <= limit && distance < best)
            {
                best = distance;
                bestForm = written;
            }
        }

        // Slips inside the words: "Treaty of Brest-Litvosk", key word by key word.
        if (keys.Count > 0)
        {
            foreach (var (form, written) in accepted)
            {
                if (KeyWordDistance(keys, Wording.KeyTokens(form)) is { } distance && distance < best)
                {
                    best = distance;
                    bestForm = written;
                }
            }
        }

        if (bestForm is null)
        {
            return new NameMatch(MatchKind.Wrong, null, null);
        }

        foreach (var (name, entries) in _names)
        {
            if (accepted.ContainsKey(name) || Math.Abs(name.Length - text.Length) > best)
            {
                continue;
            }

            if (EditDistance.Compute(text, name, best) <= best)
            {
                return new NameMatch(MatchKind.Wrong, null, entries[0].Entry);
            }
        }

        return new NameMatch(MatchKind.Spelling, bestForm, null);
    }

    /// <summary>The summed distance of pairing each typed key word with a different key word of a form, each within its allowance; null when they do not pair.</summary>
    private static int? KeyWordDistance(List<string> typed, List<string> form)
    {
        if (typed.Count != form.Count)
        {
            return null;
        }

        var used = new bool[form.Count];
        var total = 0;
        foreach (var word in typed)
        {
            var bestAt = -1;
            var bestDistance = int.MaxValue;
            for (var i = 0; i < form.Count; i++)
            {
                var limit = Allowance(form[i].Length);
                var distance = used[i] ? int.MaxValue : EditDistance.Compute(word, form[i], limit);
                if (distance <= limit && distance < bestDistance)
                {
                    bestAt = i;
                    bestDistance = distance;
                }
            }

            if (bestAt < 0)
            {
                return null;
            }

            used[bestAt] = true;
            total += bestDistance;
        }

        return total;
    }

    /// <summary>The names of an entry as written: its title, its aliases, and its title without a bracketed part.</summary>
    public static IEnumerable<string> NamesOf(Entry entry) =>
        new[] { entry.Title, Wording.StripParenthesis(entry.Title) }.Concat(entry.Aliases).Distinct(StringComparer.Ordinal);
}

/// <summary>Reads typed dates, with the forms <see cref="HistoricalDate.Parse"/> knows and numeric day/month/year.</summary>
internal static partial class TypedDate
{
    /// <summary>The date typed, or null. "23/8/1939" and "23.8.1939" are day/month/year; "8/23/1939" is read as month/day when it can only be that.</summary>
    public static HistoricalDate? Parse(string typed)
    {
        var text = typed.Trim().TrimEnd('.', '!', '?');
        var numeric = NumericDate().Match(text);
        if (numeric.Success)
        {
            var a = int.Parse(numeric.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(numeric.Groups["b"].Value, CultureInfo.InvariantCulture);
            var year = Year(numeric.Groups["y"].Value);
            var (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
            return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? HistoricalDate.FromDay(year, month, day) : null;
        }

        var monthYear = NumericMonth().Match(text);
        if (monthYear.Success)
        {
            var month = int.Parse(monthYear.Groups["m"].Value, CultureInfo.InvariantCulture);
            var year = Year(monthYear.Groups["y"].Value);
            return year >= 1 && month is >= 1 and <= 12 ? HistoricalDate.FromMonth(year, month) : null;
        }

        return HistoricalDate.TryParse(text, out var date) ? date : null;
    }

    private static int Year(string digits)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? 1900 + year : year;
    }

    [GeneratedRegex(@"^(?<a>\d{1,2})\s*[/.]\s*(?<b>\d{1,2})\s*[/.]\s*(?<y>\d{4}|\d{2})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<m>\d{1,2})\s*/\s*(?<y>\d{4})$")]
    private static partial Regex NumericMonth();
}
