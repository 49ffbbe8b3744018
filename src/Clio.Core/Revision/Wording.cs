using System.Globalization;
using System.Text.RegularExpressions;
using Clio.Dates;
using Clio.Knowledge;
using Clio.Text;

namespace Clio.Revision;

/// <summary>
/// A clause about an event that a question or a statement can be built on: "the Treaty of Rapallo" + "signed",
/// "Lenin" + "die", "Hitler" + "become" + "Chancellor of Germany".
/// </summary>
/// <param name="Subject">The subject as written mid-sentence ("the Treaty of Rapallo", "Lenin").</param>
/// <param name="Plural">Whether the subject takes a plural verb.</param>
/// <param name="Participle">For a passive clause, the participle ("signed"); otherwise null.</param>
/// <param name="Base">For an active clause, the verb's base form ("die", "take place").</param>
/// <param name="Past">For an active clause, the verb's past tense ("died", "took place").</param>
/// <param name="Rest">What follows the verb, with its leading space, or empty.</param>
internal sealed record Predicate(string Subject, bool Plural, string? Participle, string? Base, string? Past, string Rest)
{
    /// <summary>Whether the verb says when something began, so that it suits the start of a range.</summary>
    public bool Begins => Base is "begin" or "open";

    /// <summary>A question: "On what day was the Treaty of Rapallo signed?".</summary>
    public string Question(string lead) => Participle is not null
        ? $"{lead} {(Plural ? "were" : "was")} {Subject} {Participle}{Rest}?"
        : $"{lead} did {Subject} {Base}{Rest}?";

    /// <summary>A statement: "The Treaty of Rapallo was signed on 16 April 1922.".</summary>
    public string Statement(string when) => Participle is not null
        ? $"{Wording.Capitalise(Subject)} {(Plural ? "were" : "was")} {Participle}{Rest} {when}."
        : $"{Wording.Capitalise(Subject)} {Past}{Rest} {when}.";
}

/// <summary>How an event is put into questions: its noun phrase, its clause, and the date a question asks for.</summary>
internal sealed class EventWording
{
    private EventWording(Event ev) => Event = ev;

    public Event Event { get; }

    /// <summary>The title as a noun phrase mid-sentence ("the Treaty of Rapallo"), or null for a title that is a clause.</summary>
    public string? NounPhrase { get; private set; }

    /// <summary>Whether the noun phrase is plural.</summary>
    public bool Plural { get; private set; }

    /// <summary>Whether the clause was made by turning round a title such as "Death of Lenin".</summary>
    public bool FromNominal { get; private set; }

    /// <summary>The clause questions about the date use.</summary>
    public Predicate? Main { get; private set; }

    /// <summary>The date a question asks for, at the precision asked, or null when the event makes no good date question.</summary>
    public HistoricalDate? Asked { get; private set; }

    /// <summary>The clause that goes with <see cref="Asked"/>: "began" for the start of a long range.</summary>
    public Predicate? AskedPredicate { get; private set; }

    /// <summary>The kind of thing the event is, for "Which treaty…?", or null for "What happened…?".</summary>
    public string? ClassNoun { get; private set; }

    /// <summary>"On what day was the Treaty of Rapallo signed?", or null.</summary>
    public string? DateQuestion => Asked is { } asked ? AskedPredicate!.Question(Wording.Lead(asked.Precision)) : null;

    public static EventWording Create(Event ev, RevisionContext context)
    {
        var wording = new EventWording(ev);
        var words = ev.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var shortTitle = Wording.FirstConjunct(ev.Title);
        var nounPhrase = Wording.NounPhrase(shortTitle, ev.Type, context.Prose);
        wording.ClassNoun = ClassNouns.GetValueOrDefault(ev.Type);
        var predicate = Clause(words, context) ?? Nominalisation(words);
        if (predicate is null)
        {
            wording.NounPhrase = nounPhrase.Text;
            wording.Plural = nounPhrase.Plural;
            var verb = VerbFor(Wording.Head(shortTitle), ev.Type, ev.Date.IsRange);
            predicate = Make(nounPhrase.Text, nounPhrase.Plural, verb, string.Empty);
        }
        else if (words.Length > 1 && Nominals.ContainsKey(words[0].ToLowerInvariant()))
        {
            wording.NounPhrase = "the " + Wording.Uncapitalise(shortTitle);
            wording.FromNominal = true;
        }

        wording.Main = predicate;
        wording.ChooseAskedDate(context);
        return wording;
    }

    private void ChooseAskedDate(RevisionContext context)
    {
        var date = Event.Date;
        if (date.IsApproximate || Main is null)
        {
            return;
        }

        HistoricalDate? asked = null;
        var predicate = Main;
        if (!date.IsRange)
        {
            asked = Wording.AtPrecision(date, date.Precision);
        }
        else
        {
            var start = date.Start;
            var end = date.End;
            var beginning = NounPhrase is null ? null : Make(NounPhrase, Plural, Event.Type is "conference" or "congress" or "trial" ? ("open", "opened") : ("begin", "began"), string.Empty);
            if (start.Precision >= DatePrecision.Month && end.Precision >= DatePrecision.Month && start.Year == end.Year && start.Month == end.Month)
            {
                asked = HistoricalDate.FromMonth(start.Year, start.Month);
            }
            else if (Main.Begins || (beginning is not null && (Main.Participle is null or "held" || FromNominal)))
            {
                // Something that lasts (a war, a conference) is asked for its start; a signing spread over weeks is not.
                asked = Wording.AtPrecision(start, start.Precision > DatePrecision.Month ? DatePrecision.Month : start.Precision);
                predicate = Main.Begins ? Main : beginning!;
            }
            else if (start.Year == end.Year)
            {
                asked = HistoricalDate.FromYear(start.Year);
            }
        }

        if (asked is not { } value || value.Precision == DatePrecision.Decade || Wording.Mentions(Event.Title, value) || !context.Period.Contains(value.Earliest))
        {
            return;
        }

        Asked = value;
        AskedPredicate = predicate;
    }

    /// <summary>A title that is a clause: "Hitler becomes Chancellor of Germany", "Litvinov appointed Foreign Commissar".</summary>
    private static Predicate? Clause(string[] words, RevisionContext context)
    {
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i];
            if (!char.IsLower(word[0]))
            {
                continue;
            }

            var subjectText = string.Join(' ', words[..i]);
            var rest = i + 1 < words.Length ? " " + string.Join(' ', words[(i + 1)..]) : string.Empty;
            if (Verbs.TryGetValue(word, out var verb))
            {
                var subject = Wording.Subject(subjectText, context);
                return new Predicate(subject.Text, subject.Plural || verb.PluralForm, null, verb.Base, verb.Past, rest);
            }

            if (Participles.Contains(word))
            {
                var subject = Wording.Subject(subjectText, context);
                return new Predicate(subject.Text, subject.Plural, word, null, null, rest);
            }
        }

        return null;
    }

    /// <summary>A title such as "Death of Lenin" or "Publication of the secret treaties", turned round: "Lenin" + "die".</summary>
    private static Predicate? Nominalisation(string[] words)
    {
        if (words.Length < 3 || !Nominals.TryGetValue(words[0].ToLowerInvariant(), out var verb) || words[1] != verb.Preposition)
        {
            return null;
        }

        var rest = words[2..];
        var split = Array.FindIndex(rest, w => w is "to" or "from" or "over" or "into");
        var objectWords = split > 0 ? rest[..split] : rest;
        var tail = split > 0 ? " " + string.Join(' ', rest[split..]) : string.Empty;
        var subject = string.Join(' ', objectWords);
        var plural = objectWords.Contains("and") || Wording.IsPluralNoun(objectWords[^1]);
        return verb.Participle is not null
            ? new Predicate(subject, plural, verb.Participle, null, null, tail)
            : new Predicate(subject, plural, null, verb.Base, verb.Past, tail);
    }

    private static Predicate Make(string subject, bool plural, (string Verb, string? Past) verb, string rest) =>
        verb.Past is null
            ? new Predicate(subject, plural, verb.Verb, null, null, rest)
            : new Predicate(subject, plural, null, verb.Verb, verb.Past, rest);

    /// <summary>The verb for a noun-phrase title: by its head noun, then by the event's type.</summary>
    private static (string Verb, string? Past) VerbFor(string head, string type, bool range)
    {
        switch (head)
        {
            case "declaration":
                return type is "treaty" or "agreement" ? ("signed", null) : ("made", null);
            case "report":
                return type == "speech" ? ("delivered", null) : ("published", null);
            case "plan":
                return type == "plan" ? ("begin", "began") : ("agreed", null);
            default:
                break;
        }

        if (VerbsByHead.TryGetValue(head, out var byHead))
        {
            return byHead;
        }

        return type switch
        {
            "treaty" or "agreement" => ("signed", null),
            "conference" or "congress" or "election" or "trial" => ("held", null),
            "decree" or "ultimatum" => ("issued", null),
            "speech" => ("delivered", null),
            "founding" => ("founded", null),
            "policy" when !range => ("introduced", null),
            "war" or "invasion" or "occupation" or "plan" or "purge" or "policy" or "negotiation" => ("begin", "began"),
            _ => ("take place", "took place"),
        };
    }

    private static readonly Dictionary<string, string> ClassNouns = new(StringComparer.Ordinal)
    {
        ["treaty"] = "treaty",
        ["agreement"] = "agreement",
        ["conference"] = "conference",
        ["congress"] = "congress",
        ["battle"] = "battle",
        ["war"] = "war",
        ["invasion"] = "invasion",
        ["speech"] = "speech",
        ["trial"] = "trial",
    };

    private static readonly Dictionary<string, (string Verb, string? Past)> VerbsByHead = new(StringComparer.Ordinal)
    {
        ["treaty"] = ("signed", null),
        ["treaties"] = ("signed", null),
        ["pact"] = ("signed", null),
        ["pacts"] = ("signed", null),
        ["agreement"] = ("signed", null),
        ["agreements"] = ("signed", null),
        ["convention"] = ("signed", null),
        ["conventions"] = ("signed", null),
        ["protocol"] = ("signed", null),
        ["armistice"] = ("signed", null),
        ["alliance"] = ("signed", null),
        ["peace"] = ("signed", null),
        ["decree"] = ("issued", null),
        ["manifesto"] = ("issued", null),
        ["communiqué"] = ("issued", null),
        ["directive"] = ("issued", null),
        ["note"] = ("sent", null),
        ["ultimatum"] = ("issued", null),
        ["ultimatums"] = ("issued", null),
        ["points"] = ("issued", null),
        ["telegram"] = ("sent", null),
        ["letter"] = ("published", null),
        ["call"] = ("made", null),
        ["annulment"] = ("announced", null),
        ["landing"] = ("take place", "took place"),
        ["landings"] = ("take place", "took place"),
        ["withdrawal"] = ("take place", "took place"),
        ["proposal"] = ("made", null),
        ["offer"] = ("made", null),
        ["award"] = ("made", null),
        ["guarantee"] = ("given", null),
        ["warning"] = ("given", null),
        ["warnings"] = ("given", null),
        ["conditions"] = ("set out", null),
        ["speech"] = ("delivered", null),
        ["conference"] = ("held", null),
        ["congress"] = ("held", null),
        ["meeting"] = ("held", null),
        ["election"] = ("held", null),
        ["trial"] = ("held", null),
        ["front"] = ("formed", null),
        ["government"] = ("set up", null),
        ["committee"] = ("set up", null),
        ["republic"] = ("proclaimed", null),
        ["victory"] = ("won", null),
        ["war"] = ("begin", "began"),
        ["invasion"] = ("begin", "began"),
        ["intervention"] = ("begin", "began"),
        ["blockade"] = ("begin", "began"),
        ["terror"] = ("begin", "began"),
        ["famine"] = ("begin", "began"),
        ["negotiations"] = ("begin", "began"),
        ["talks"] = ("begin", "began"),
        ["expedition"] = ("begin", "began"),
        ["mission"] = ("take place", "took place"),
        ["visit"] = ("take place", "took place"),
        ["flight"] = ("take place", "took place"),
        ["policy"] = ("introduced", null),
    };

    private static readonly Dictionary<string, (string Base, string Past, bool PluralForm)> Verbs = new(StringComparer.Ordinal)
    {
        ["becomes"] = ("become", "became", false),
        ["joins"] = ("join", "joined", false),
        ["leaves"] = ("leave", "left", false),
        ["recognises"] = ("recognise", "recognised", false),
        ["recognizes"] = ("recognize", "recognized", false),
        ["breaks"] = ("break", "broke", false),
        ["declare"] = ("declare", "declared", true),
        ["declares"] = ("declare", "declared", false),
        ["dissolves"] = ("dissolve", "dissolved", false),
        ["reintroduces"] = ("reintroduce", "reintroduced", false),
        ["rejects"] = ("reject", "rejected", false),
        ["begins"] = ("begin", "began", false),
        ["begin"] = ("begin", "began", true),
        ["takes"] = ("take", "took", false),
        ["signs"] = ("sign", "signed", false),
        ["enters"] = ("enter", "entered", false),
        ["invades"] = ("invade", "invaded", false),
        ["annexes"] = ("annex", "annexed", false),
        ["expels"] = ("expel", "expelled", false),
        ["wins"] = ("win", "won", false),
        ["falls"] = ("fall", "fell", false),
        ["meets"] = ("meet", "met", false),
        ["visits"] = ("visit", "visited", false),
        ["agrees"] = ("agree", "agreed", false),
        ["offers"] = ("offer", "offered", false),
        ["proposes"] = ("propose", "proposed", false),
        ["restores"] = ("restore", "restored", false),
        ["sends"] = ("send", "sent", false),
        ["withdraws"] = ("withdraw", "withdrew", false),
        ["returns"] = ("return", "returned", false),
        ["ends"] = ("end", "ended", false),
        ["join"] = ("join", "joined", true),
        ["leave"] = ("leave", "left", true),
        ["recognise"] = ("recognise", "recognised", true),
    };

    private static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "appointed", "deported", "shipped", "restored", "extended", "dismissed", "expelled", "founded", "proclaimed", "elected",
        "annexed", "occupied", "arrested", "executed", "murdered", "dissolved", "formed", "created", "launched", "published",
        "rejected", "removed", "ratified", "signed", "recognised", "recognized", "defeated", "sent", "killed", "invaded", "exiled",
    };

    private static readonly Dictionary<string, (string Preposition, string? Participle, string? Base, string? Past)> Nominals = new(StringComparer.Ordinal)
    {
        ["assassination"] = ("of", "assassinated", null, null),
        ["murder"] = ("of", "murdered", null, null),
        ["death"] = ("of", null, "die", "died"),
        ["fall"] = ("of", null, "fall", "fell"),
        ["dismissal"] = ("of", "dismissed", null, null),
        ["expulsion"] = ("of", "expelled", null, null),
        ["formation"] = ("of", "formed", null, null),
        ["founding"] = ("of", "founded", null, null),
        ["creation"] = ("of", "created", null, null),
        ["proclamation"] = ("of", "proclaimed", null, null),
        ["publication"] = ("of", "published", null, null),
        ["annulment"] = ("of", "annulled", null, null),
        ["restoration"] = ("of", "restored", null, null),
        ["ratification"] = ("of", "ratified", null, null),
        ["extension"] = ("of", "extended", null, null),
        ["sale"] = ("of", "sold", null, null),
        ["occupation"] = ("of", "occupied", null, null),
        ["remilitarisation"] = ("of", "remilitarised", null, null),
        ["lifting"] = ("of", "lifted", null, null),
        ["discovery"] = ("of", "discovered", null, null),
        ["dissolution"] = ("of", "dissolved", null, null),
        ["capture"] = ("of", "captured", null, null),
        ["shelling"] = ("of", "shelled", null, null),
        ["collapse"] = ("of", null, "collapse", "collapsed"),
        ["breakdown"] = ("of", null, "break down", "broke down"),
        ["arrival"] = ("of", null, "arrive", "arrived"),
        ["handover"] = ("of", "handed over", null, null),
        ["raid"] = ("on", "raided", null, null),
        ["revolt"] = ("of", null, "revolt", "revolted"),
        ["execution"] = ("of", "executed", null, null),
        ["arrest"] = ("of", "arrested", null, null),
        ["signing"] = ("of", "signed", null, null),
        ["invasion"] = ("of", "invaded", null, null),
        ["partition"] = ("of", "partitioned", null, null),
        ["seizure"] = ("of", "seized", null, null),
        ["annexation"] = ("of", "annexed", null, null),
        ["liberation"] = ("of", "liberated", null, null),
        ["evacuation"] = ("of", "evacuated", null, null),
        ["surrender"] = ("of", null, "surrender", "surrendered"),
    };
}

/// <summary>Small helpers that put knowledge-base text into English sentences.</summary>
internal static partial class Wording
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    // Heads that stay capitalised when a title names one thing: "the Treaty of Rapallo", "the Battle of Warsaw".
    private static readonly HashSet<string> ProperHeads = new(StringComparer.Ordinal)
    {
        "Treaty", "Treaties", "Battle", "Congress", "Conference", "Decree", "Pact", "Convention", "Conventions", "Protocol",
        "Declaration", "Agreement", "Siege", "Peace", "Armistice", "Commune", "Front", "League", "Council", "Manifesto",
        "Plan", "Ultimatum", "Report", "Letter", "Award", "Committee", "Union", "Party", "Republic", "Army",
    };

    private static readonly HashSet<string> NoArticleHeads = new(StringComparer.Ordinal) { "Operation", "Directive", "Unternehmen" };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "with", "from", "at", "by", "against", "over", "into", "one", "its", "their",
    };

    private static readonly string[] HeadBreaks = [" of ", " on ", " to ", " with ", " from ", " in ", " at ", " for ", " against ", " and ", " (", ", ", " over "];

    /// <summary>"On what day", "In which month and year", "In which year" or "In which decade".</summary>
    public static string Lead(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "On what day",
        DatePrecision.Month => "In which month and year",
        DatePrecision.Year => "In which year",
        _ => "In which decade",
    };

    /// <summary>"on 23 August 1939", "in August 1939", "in 1939", "in the 1920s", "on 22–23 September 1938", "from March 1918 to October 1922".</summary>
    public static string When(HistoricalDate date)
    {
        if (!date.IsRange)
        {
            return (date.Precision == DatePrecision.Day ? "on " : "in ") + date;
        }

        var (start, end) = (date.Start, date.End);
        return start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day && start.Year == end.Year && start.Month == end.Month
            ? "on " + date
            : $"from {start} to {end}";
    }

    /// <summary>When a predicate says what happened: the start alone when the predicate says it began, else the whole date.</summary>
    public static string When(HistoricalDate date, Predicate predicate) =>
        When(Plain(predicate.Begins && date.IsRange ? date.Start : date));

    /// <summary>The date cut to a coarser precision, with no range, approximation or Old Style.</summary>
    public static HistoricalDate AtPrecision(HistoricalDate date, DatePrecision precision)
    {
        var start = date.Earliest;
        return precision switch
        {
            DatePrecision.Day when date.Precision == DatePrecision.Day => HistoricalDate.FromDay(start.Year, start.Month, start.Day),
            DatePrecision.Day or DatePrecision.Month when date.Precision >= DatePrecision.Month => HistoricalDate.FromMonth(start.Year, start.Month),
            DatePrecision.Decade => HistoricalDate.FromDecade(start.Year),
            _ => HistoricalDate.FromYear(start.Year),
        };
    }

    /// <summary>The date as printed, without its Old Style day: "9 February 1918", "1936–39".</summary>
    public static HistoricalDate Plain(HistoricalDate date)
    {
        var plain = date.IsRange
            ? HistoricalDate.Range(AtPrecision(date.Start, date.Start.Precision), AtPrecision(date.End, date.End.Precision))
            : AtPrecision(date, date.Precision);
        return date.IsApproximate ? plain.AsApproximate() : plain;
    }

    /// <summary>Whether a text gives away a date: its year, or its month when the date is known to the month.</summary>
    public static bool Mentions(string text, HistoricalDate date)
    {
        var years = date.IsRange ? new[] { date.Start.Year, date.End.Year } : [date.Year];
        if (years.Any(y => ContainsWord(text, y.ToString(CultureInfo.InvariantCulture))))
        {
            return true;
        }

        if (date.Precision >= DatePrecision.Month && ContainsWord(text, MonthNames[date.Earliest.Month - 1]))
        {
            return true;
        }

        // "1936–39" gives away 1939 too.
        foreach (Match range in ShortRange().Matches(text))
        {
            var first = int.Parse(range.Groups["y"].Value, CultureInfo.InvariantCulture);
            var last = (first / 100 * 100) + int.Parse(range.Groups["e"].Value, CultureInfo.InvariantCulture);
            if (years.Any(y => y >= first && y <= last))
            {
                return true;
            }
        }

        return false;
    }

    public static string MonthName(int month) => MonthNames[month - 1];

    public static bool ContainsWord(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    public static string Capitalise(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Uncapitalise(string text) =>
        text.Length < 2 || !char.IsUpper(text[0]) || char.IsUpper(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>The first word lower-cased when the pack writes it in lower case mid-sentence: "Collective security was…" → "collective security was…".</summary>
    public static string SentenceInside(string sentence, Prose prose)
    {
        var first = FirstWord().Match(sentence);
        return first.Success && prose.IsCommon(first.Value) ? Uncapitalise(sentence) : sentence;
    }

    /// <summary>The head noun of a title: the last word before its first preposition, lower case.</summary>
    public static string Head(string title)
    {
        var cut = title.Length;
        foreach (var separator in HeadBreaks)
        {
            var at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at < cut)
            {
                cut = at;
            }
        }

        // A participle or gerund after the head ends it too: "communiqué reaffirming the pact".
        var words = title[..cut].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var verbAt = Enumerable.Range(1, Math.Max(0, words.Count - 2)).FirstOrDefault(i =>
            words[i].Length > 4 && char.IsLower(words[i][0]) && words[i + 1] is "the" or "a" or "an" or "its" or "their" &&
            (words[i].EndsWith("ing", StringComparison.Ordinal) || words[i].EndsWith("ed", StringComparison.Ordinal)));
        if (verbAt > 0)
        {
            words = words[..verbAt];
        }

        // "Directive No. 21": the head is the noun, not the number.
        while (words.Count > 1 && (words[^1].Any(char.IsDigit) || words[^1] is "No." or "no."))
        {
            words.RemoveAt(words.Count - 1);
        }

        var last = words.Count > 0 ? words[^1] : title;
        return last.Trim('"', '\'', '\u2018', '\u2019', '\u201C', '\u201D').ToLowerInvariant();
    }

    public static bool IsPluralNoun(string word)
    {
        var w = word.Trim('"', '\'', ')').ToLowerInvariant();
        return w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) &&
               !w.EndsWith("is", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal) && !w.EndsWith("\u2019s", StringComparison.Ordinal);
    }

    /// <summary>
    /// The first part of a title that joins two things: "Curzon note and the Curzon Line" → "Curzon note",
    /// "Hitler's telegram to Stalin and Ribbentrop's flight to Moscow" → "Hitler's telegram to Stalin".
    /// </summary>
    public static string FirstConjunct(string title)
    {
        var match = SecondConjunct().Match(title);
        return match.Success && match.Index > 0 ? title[..match.Index] : title;
    }

    /// <summary>A title as a noun phrase mid-sentence: "the Treaty of Rapallo", "Operation Barbarossa", "socialism in one country".</summary>
    public static (string Text, bool Plural) NounPhrase(string title, string? type, Prose prose)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var plural = IsPluralNoun(Head(title));
        var first = words[0];
        if (first is "The" or "the")
        {
            return ("the " + string.Join(' ', words[1..]), plural);
        }

        if (first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("\u2019s", StringComparison.Ordinal) || first.EndsWith("s'", StringComparison.Ordinal) ||
            NoArticleHeads.Contains(first))
        {
            return (title, plural);
        }

        var keepCapital = (ProperHeads.Contains(first) && (words.Length == 1 || words[1] is "of" or "on" or "for" or "to" or "with" or "against")) ||
                          !prose.IsCommon(first) || (words.Length > 1 && char.IsUpper(words[1][0]));
        var text = keepCapital ? title : Uncapitalise(title);
        var massNoun = type is "policy" && !keepCapital && words.Skip(1).All(w => FunctionWords.Contains(w) || w.All(c => !char.IsUpper(c)));
        return (massNoun ? text : "the " + text, plural);
    }

    /// <summary>The subject of a clause title with its article: "Hitler", "the USSR", "the Soviet–Polish non-aggression pact".</summary>
    public static (string Text, bool Plural) Subject(string text, RevisionContext context)
    {
        if (text.StartsWith("The ", StringComparison.Ordinal))
        {
            return ("the " + text[4..], IsPluralNoun(text.Split(' ')[^1]));
        }

        var words = text.Split(' ');
        var plural = words.Contains("and") || IsPluralNoun(words[^1]);
        if (context.Prose.TakesArticle(text) is { } known)
        {
            return (known ? "the " + text : text, plural);
        }

        var last = words[^1];
        if (char.IsLower(last[0]))
        {
            var lowered = context.Prose.IsCommon(words[0]) ? Uncapitalise(text) : text;
            return (plural ? lowered : "the " + lowered, plural);
        }

        return (last.All(c => !char.IsLower(c)) && last.Length > 1 ? "the " + text : text, plural);
    }

    /// <summary>A state's name in a sentence: "the USSR", "Germany", "the United States".</summary>
    public static string StateName(Actor state, Prose prose)
    {
        var name = StripParenthesis(state.Title);
        var article = prose.TakesArticle(name) ?? (name.All(c => !char.IsLower(c)) || name.StartsWith("United ", StringComparison.Ordinal));
        return article ? "the " + name : name;
    }

    public static string StripParenthesis(string text)
    {
        var open = text.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 && text.EndsWith(')') ? text[..open] : text;
    }

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>The first sentence of a text, or the first two when the first is short.</summary>
    public static string FirstSentences(string text, int minWords)
    {
        text = text.Trim();
        var end = SentenceEnd(text, 0);
        if (end < 0)
        {
            return text;
        }

        var first = text[..(end + 1)];
        if (first.Split(' ').Length >= minWords)
        {
            return first;
        }

        var second = SentenceEnd(text, end + 1);
        return second < 0 ? text : text[..(second + 1)];
    }

    /// <summary>The sentences of a text.</summary>
    public static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        text = text.Trim();
        while (start < text.Length)
        {
            var end = SentenceEnd(text, start);
            var stop = end < 0 ? text.Length : end + 1;
            var sentence = text[start..stop].Trim();
            if (sentence.Length > 0)
            {
                sentences.Add(sentence);
            }

            start = stop;
        }

        return sentences;
    }

    /// <summary>The index of the full stop, '?' or '!' that ends the sentence starting at <paramref name="from"/>, or -1.</summary>
    private static int SentenceEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '?' or '!'))
            {
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (!char.IsWhiteSpace(next) && i + 1 < text.Length)
            {
                continue;
            }

            // "E. H. Carr", "c. 1921", "No. 21": a full stop after one letter or a short abbreviation ends no sentence.
            var wordStart = i;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = text[wordStart..i];
            if (text[i] == '.' && (word.Length == 1 || word is "c" or "No" or "no" or "St" or "Mr" or "Dr" or "vol" or "pp" or "ed" or "eds"))
            {
                continue;
            }

            var after = i + 1;
            while (after < text.Length && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            if (after >= text.Length || !char.IsLower(text[after]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The folded key tokens of a text: no articles, prepositions or generic words, stemmed.</summary>
    public static List<string> KeyTokens(string text) =>
        [.. TextFolding.Tokenize(text).Select(t => Stemmer.Stem(t.Token)).Where(t => !Generic.Contains(t))];

    // Words that carry no answer on their own: "the", "of", and the nouns every treaty and battle has.
    public static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "and", "or", "in", "on", "to", "for", "with", "from", "at", "by", "against", "over", "its", "s",
        "treaty", "pact", "agreement", "convention", "protocol", "declaration", "conference", "congress", "battle", "war", "plan",
        "trial", "speech", "crisis", "incident", "invasion", "occupation", "negotiation", "mission", "policy", "soviet", "ussr",
    };

    [GeneratedRegex(@"^[A-Za-z\u00C0-\u017F]+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@" and (?:the |[A-Z][\w\u00C0-\u017F-]*['\u2019]s )")]
    private static partial Regex SecondConjunct();

    [GeneratedRegex(@"\b(?<y>1\d{3})[–-](?<e>\d{2})\b")]
    private static partial Regex ShortRange();
}
