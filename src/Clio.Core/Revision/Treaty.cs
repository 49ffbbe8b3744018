using Clio.Knowledge;
using Clio.Text;

namespace Clio.Revision;

/// <summary>
/// A treaty or agreement with its signatories, split into those its title already names ("Soviet–Finnish" names
/// Finland and the USSR) and those a question can ask for.
/// </summary>
internal sealed record Treaty(Event Event, string NounPhrase, bool Plural, IReadOnlyList<Actor> Parties, IReadOnlyList<Actor> Hidden, string Signatories, string WhoSigned)
{
    // Prefixes that name a state without sharing its name's first letters: "Anglo-Soviet", "Sino-Soviet".
    private static readonly Dictionary<string, string> Combining = new(StringComparer.Ordinal)
    {
        ["anglo"] = "britain",
        ["sino"] = "china",
        ["nippo"] = "japan",
        ["russo"] = "russia",
        ["soviet"] = "soviet",
        ["nazi"] = "germany",
    };

    private static readonly HashSet<string> NameStopWords = new(StringComparer.Ordinal)
    {
        "republic", "kingdom", "empire", "state", "states", "people", "peoples", "united", "second", "first", "soviet", "of", "the", "and",
    };

    /// <summary>The treaty view of an event, or null when it is not a signed treaty or agreement with known signatories.</summary>
    public static Treaty? Of(Event ev, RevisionContext context)
    {
        var wording = context.Wording(ev);
        if (ev.Type is not ("treaty" or "agreement") || ev.SignedBy.Count == 0 || wording.NounPhrase is not { } phrase || wording.Main?.Participle != "signed")
        {
            return null;
        }

        var parties = ev.SignedBy.Select(id => context.Kb.Find<Actor>(id)).OfType<Actor>().ToList();
        if (parties.Count != ev.SignedBy.Count)
        {
            return null;
        }

        var titleTokens = TextFolding.Tokenize(ev.Title).Select(t => t.Token).ToList();
        var hidden = parties.Where(p => !Named(p, ev.Title, titleTokens)).ToList();
        var described = parties.Select(p => Describe(p, context)).ToList();

        string who;
        var people = hidden.Where(p => p.ActorKind == ActorKind.Person).ToList();
        if (hidden.Count > 0 && people.Count == hidden.Count && hidden.Count < parties.Count &&
            people.Select(p => p.Country).Distinct().Count() == 1 && people[0].Country is { } country && context.Kb.Find<Actor>(country) is { } state)
        {
            who = $"Who signed {phrase} for {Wording.StateName(state, context.Prose)}?";
        }
        else if (hidden.Count > 0 && people.Count == 0)
        {
            who = $"Which {(hidden.Count == 1 ? "state" : "states")} signed {phrase}?";
        }
        else
        {
            who = $"Who signed {phrase}?";
        }

        return new Treaty(ev, phrase, wording.Plural, parties, hidden, Wording.JoinAnd(described), who);
    }

    /// <summary>"Georgy Chicherin (for the USSR)", or a state's name.</summary>
    private static string Describe(Actor party, RevisionContext context)
    {
        if (party.ActorKind != ActorKind.Person)
        {
            return Wording.StateName(party, context.Prose);
        }

        return party.Country is { } id && context.Kb.Find<Actor>(id) is { } country
            ? $"{party.Title} (for {Wording.StateName(country, context.Prose)})"
            : party.Title;
    }

    /// <summary>Whether a title already names a party: "Sun–Joffe Manifesto" names Joffe, "Soviet–Polish" names Poland.</summary>
    private static bool Named(Actor party, string title, List<string> titleTokens)
    {
        var names = new[] { party.Title }.Concat(party.Aliases).Select(Wording.StripParenthesis).ToList();
        if (party.ActorKind == ActorKind.Person)
        {
            var surnames = names.Where(n => !n.Contains(' ', StringComparison.Ordinal)).Select(TextFolding.Normalize)
                .Append(TextFolding.Tokenize(party.Title).LastOrDefault().Token ?? string.Empty)
                .Where(n => n.Length >= 3);
            return surnames.Any(titleTokens.Contains);
        }

        var nameTokens = names.SelectMany(n => TextFolding.Tokenize(n).Select(t => t.Token)).ToHashSet(StringComparer.Ordinal);
        foreach (var token in TextFolding.Tokenize(title))
        {
            var original = title.Substring(token.Start, token.Length);
            if (!char.IsUpper(original[0]))
            {
                continue;
            }

            if (Combining.TryGetValue(token.Token, out var target) && nameTokens.Contains(target))
            {
                return true;
            }

            var ownName = TextFolding.Tokenize(Wording.StripParenthesis(party.Title)).Select(t => t.Token).Where(t => !NameStopWords.Contains(t));
            if (ownName.Any(n => CommonPrefix(n, token.Token) >= 3 && n.Length >= 4 && token.Token.Length >= 4))
            {
                return true;
            }
        }

        return false;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
