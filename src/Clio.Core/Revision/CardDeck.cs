using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Clio.Dates;
using Clio.Knowledge;
using Clio.Text;

namespace Clio.Revision;

/// <summary>
/// Builds the flashcard deck of a knowledge base: the pack's authored cards, then cards generated from its
/// entries. Generation is deterministic (same pack, same cards, same ids, same order) and careful: an entry whose
/// data would make a bad card (no usable date, a title that gives the date away, an ambiguous question) gets none,
/// and a generated card whose front would reveal its answer, or whose front another card already has, is dropped.
/// </summary>
public static partial class CardDeck
{
    private static readonly ConditionalWeakTable<KnowledgeBase, IReadOnlyList<Card>> Built = [];
    private static readonly string[] OfficePrepositions = [" of ", " for ", " in ", " at ", " to ", " on ", " ("];

    /// <summary>Every card of the knowledge base: authored cards in the order written, then generated cards by kind.</summary>
    public static IReadOnlyList<Card> Build(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return Built.GetValue(knowledge, Generate);
    }

    private static IReadOnlyList<Card> Generate(KnowledgeBase kb)
    {
        var context = RevisionContext.For(kb);
        var cards = kb.AuthoredCards.Select(c => FromAuthored(c, context)).ToList();
        var generated = new List<Card>();
        EventDates(context, generated);
        DateEvents(context, generated);
        Offices(context, generated);
        Terms(context, generated);
        Historians(context, generated);
        Treaties(context, generated);
        Consequences(context, generated);

        var fronts = cards.Concat(generated)
            .GroupBy(c => TextFolding.Normalize(c.Front), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        cards.AddRange(generated.Where(c => !fronts.Contains(TextFolding.Normalize(c.Front)) && !Reveals(c)));
        return cards.AsReadOnly();
    }

    /// <summary>Whether a card's front gives away its answer: a date's year or month, or all the key words of an answer.</summary>
    internal static bool Reveals(Card card)
    {
        if (card.DateAnswer is { } date && Wording.Mentions(card.Front, date))
        {
            return true;
        }

        if (card.AnswerKind == AnswerKind.Date)
        {
            return false;
        }

        var front = Wording.KeyTokens(card.Front).ToHashSet(StringComparer.Ordinal);
        return card.Answers.Any(a => Wording.KeyTokens(a) is { Count: > 0 } keys && keys.All(front.Contains));
    }

    private static Card FromAuthored(AuthoredCard card, RevisionContext context)
    {
        var themes = card.Themes.Count > 0
            ? card.Themes
            : [.. card.Entries.SelectMany(id => ThemesOf(context.Kb.Find(id))).Distinct(StringComparer.Ordinal)];
        return new Card
        {
            Id = card.Id,
            Kind = (CardKind)(int)card.Kind,
            Front = card.Front,
            Back = card.Back,
            Answers = card.Answers,
            AnswerKind = card.Answers.Count > 0 ? AnswerKind.Text : AnswerKind.None,
            Entries = card.Entries,
            Section = card.Section ?? card.Entries.Select(id => context.SectionOf(id)).FirstOrDefault(s => s is not null),
            Themes = themes,
            Authored = true,
        };
    }

    internal static IReadOnlyList<string> ThemesOf(Entry? entry) => entry switch
    {
        Event e => e.Themes,
        Actor a => a.Themes,
        Term t => t.Themes,
        Historian h => h.Themes,
        NoteSection n => n.Themes,
        Question q => q.Themes,
        _ => [],
    };

    private static void EventDates(RevisionContext context, List<Card> cards)
    {
        foreach (var ev in context.Kb.Events)
        {
            var wording = context.Wording(ev);
            if (wording.Asked is not { } asked)
            {
                continue;
            }

            cards.Add(new Card
            {
                Id = $"gen.event-date.{ev.Id}",
                Kind = CardKind.EventDate,
                Front = wording.DateQuestion!,
                Back = $"{ev.Date}. {Wording.FirstSentences(ev.Summary, 6)}",
                Answers = [asked.ToString()],
                AnswerKind = AnswerKind.Date,
                DateAnswer = asked,
                Entries = [ev.Id],
                Section = context.SectionOfEvent(ev.Id),
                Themes = ev.Themes,
            });
        }
    }

    private static void DateEvents(RevisionContext context, List<Card> cards)
    {
        var events = context.Kb.Events;
        foreach (var ev in events)
        {
            if (DateEventQuestion(context, ev) is not var (front, _))
            {
                continue;
            }

            cards.Add(new Card
            {
                Id = $"gen.date-event.{ev.Id}",
                Kind = CardKind.DateEvent,
                Front = front,
                Back = $"{ev.Title} ({ev.Date}). {Wording.FirstSentences(ev.Summary, 6)}",
                Answers = [ev.Title],
                AnswerKind = AnswerKind.Text,
                Entries = [ev.Id],
                Section = context.SectionOfEvent(ev.Id),
                Themes = ev.Themes,
            });
        }
    }

    /// <summary>
    /// "Which treaty was signed on 16 April 1922?" or "What happened on 15 March 1939?", with the date it gives, when
    /// no other event of its kind could answer it; otherwise null.
    /// </summary>
    internal static (string Front, HistoricalDate Date)? DateEventQuestion(RevisionContext context, Event ev)
    {
        var wording = context.Wording(ev);
        var date = ev.Date;
        if (date.IsApproximate)
        {
            return null;
        }

        var start = date.Start;
        var sameMonth = date.IsRange && date.End.Precision >= DatePrecision.Month && start.Precision >= DatePrecision.Month &&
                        start.Year == date.End.Year && start.Month == date.End.Month;
        var began = date.IsRange && !sameMonth;
        var shown = sameMonth ? HistoricalDate.FromMonth(start.Year, start.Month) : Wording.AtPrecision(start, start.Precision);
        if (shown.Precision < DatePrecision.Month || Wording.Mentions(ev.Title, shown) || !context.Period.Contains(shown.Earliest))
        {
            return null;
        }

        if (began && wording.NounPhrase is null)
        {
            return null;
        }

        var noun = ClassNoun(wording, began);
        var rivals = context.Kb.Events.Where(o => o != ev && (noun is null || ClassNoun(context.Wording(o), began) == noun || context.Wording(o).ClassNoun == noun));
        var clash = began
            ? rivals.Any(o => o.Date.Start.Overlaps(shown))
            : rivals.Any(o => o.Date.Overlaps(shown));
        if (clash)
        {
            return null;
        }

        var when = Wording.When(shown);
        var verb = noun switch
        {
            null => began ? "began" : "happened",
            "treaty" or "agreement" => "was signed",
            "conference" or "congress" or "trial" => began ? "opened" : "was held",
            "speech" => "was delivered",
            "battle" => began ? "began" : "took place",
            _ => "began",
        };
        var front = noun is null ? $"What {verb} {when}?" : $"Which {noun} {verb} {when}?";
        return (front, shown);
    }

    /// <summary>The kind of event a "Which …?" question may name, when the event's wording fits the question's verb.</summary>
    private static string? ClassNoun(EventWording wording, bool began) => wording.ClassNoun switch
    {
        "treaty" or "agreement" when wording.NounPhrase is not null && wording.Main?.Participle == "signed" => wording.ClassNoun,
        "conference" or "congress" or "trial" when wording.NounPhrase is not null && (began || wording.Main?.Participle == "held") => wording.ClassNoun,
        "speech" when wording.Main?.Participle == "delivered" => wording.ClassNoun,
        "battle" or "war" or "invasion" when wording.NounPhrase is not null => wording.ClassNoun,
        _ => null,
    };

    private static void Offices(RevisionContext context, List<Card> cards)
    {
        foreach (var person in context.Kb.Actors.Where(a => a.ActorKind == ActorKind.Person))
        {
            foreach (var role in person.Roles)
            {
                if (role.From.IsApproximate || role.From.IsRange)
                {
                    continue;
                }

                var office = OfficeName(role, context);
                var section = context.SectionOf(person.Id, role.From);
                var span = role.To is { } to ? $"{role.From} – {to}" : $"from {role.From}";
                var state = role.Of is { } of && context.Kb.Find<Actor>(of) is { ActorKind: ActorKind.State } s ? Wording.StripParenthesis(s.Title) + ", " : string.Empty;
                var sameStart = person.Roles.Count(r => r.From.ToString() == role.From.ToString());
                if (sameStart == 1)
                {
                    cards.Add(new Card
                    {
                        Id = $"gen.person-office.{person.Id}.{Slug(role.Office)}.{role.From.ToIsoString()}",
                        Kind = CardKind.PersonOffice,
                        Front = $"What office did {person.Title} take up {Wording.When(role.From)}?",
                        Back = $"{office} ({state}{span}).",
                        Answers = [office],
                        AnswerKind = AnswerKind.Text,
                        Entries = [person.Id],
                        Section = section,
                        Themes = person.Themes,
                    });
                }

                var terms = person.Roles.Count(r => string.Equals(r.Office, role.Office, StringComparison.OrdinalIgnoreCase) && r.Of == role.Of);
                if (terms != 1)
                {
                    continue;
                }

                var inOffice = MembershipOffice().IsMatch(role.Office) ? "a " + Wording.Uncapitalise(office) : office;
                var from = role.From.Year;
                var (front, answer) = role.To switch
                {
                    null => ($"In which year did {person.Title} become {inOffice}?", HistoricalDate.FromYear(from)),
                    { } end when end.Year == from => ($"In which year was {person.Title} {inOffice}?", HistoricalDate.FromYear(from)),
                    { } end => ($"In which years was {person.Title} {inOffice}?", HistoricalDate.Range(HistoricalDate.FromYear(from), HistoricalDate.FromYear(end.Year))),
                };
                cards.Add(new Card
                {
                    Id = $"gen.office-term.{person.Id}.{Slug(role.Office)}",
                    Kind = CardKind.OfficeTerm,
                    Front = front,
                    Back = $"{answer} ({state}{span}).",
                    Answers = [answer.ToString()],
                    AnswerKind = AnswerKind.Date,
                    DateAnswer = answer,
                    Entries = [person.Id],
                    Section = section,
                    Themes = person.Themes,
                });
            }
        }
    }

    /// <summary>An office as students name it, with the body it belongs to when the office alone does not say.</summary>
    internal static string OfficeName(Role role, RevisionContext context)
    {
        if (role.Of is null || context.Kb.Find<Actor>(role.Of) is not { } body || body.ActorKind is ActorKind.State or ActorKind.Person)
        {
            return role.Office;
        }

        var office = role.Office;
        var names = new[] { body.Title }.Concat(body.Aliases).Select(Wording.StripParenthesis);
        if (OfficePrepositions.Any(p => office.Contains(p, StringComparison.Ordinal)) ||
            names.Any(n => office.Contains(n, StringComparison.OrdinalIgnoreCase)))
        {
            return office;
        }

        return $"{office} of {Wording.NounPhrase(Wording.StripParenthesis(body.Title), null, context.Prose).Text}";
    }

    private static void Terms(RevisionContext context, List<Card> cards)
    {
        foreach (var term in context.Kb.Terms)
        {
            if (DefinitionWithoutTerm(term) is not { } blanked)
            {
                continue;
            }

            cards.Add(new Card
            {
                Id = $"gen.term-definition.{term.Id}",
                Kind = CardKind.TermDefinition,
                Front = $"Which term means: {blanked.TrimEnd('.', ' ')}?",
                Back = $"{term.Title}: {term.Definition}",
                Answers = [term.Title],
                AnswerKind = AnswerKind.Text,
                Entries = [term.Id],
                Section = context.SectionOf(term.Id),
                Themes = term.Themes,
            });
        }
    }

    /// <summary>
    /// The first sentence or two of a definition with every mention of the term and its aliases blanked out as
    /// "___", or null when too little is left or the term still shows through.
    /// </summary>
    internal static string? DefinitionWithoutTerm(Term term)
    {
        var forms = new[] { term.Title }.Concat(term.Aliases).SelectMany(f => new[] { f, Wording.StripParenthesis(f) })
            .Select(f => TextFolding.Tokenize(f).Select(t => Stemmer.Stem(t.Token)).ToArray())
            .Where(f => f.Length > 1 || (f.Length == 1 && f[0].Length >= 3))
            .DistinctBy(f => string.Join(' ', f))
            .ToList();
        foreach (var minimum in new[] { 10, 25 })
        {
            var text = Wording.FirstSentences(term.Definition, minimum);
            var blanked = Blank(text, forms);
            var left = TextFolding.Tokenize(blanked.Replace("___", " ", StringComparison.Ordinal)).Count;
            if (left < 6)
            {
                continue;
            }

            var remaining = Wording.KeyTokens(blanked).ToHashSet(StringComparer.Ordinal);
            var shows = new[] { term.Title }.Concat(term.Aliases).Any(f => Wording.KeyTokens(f) is { Count: > 0 } keys && keys.All(remaining.Contains));
            return shows ? null : blanked;
        }

        return null;
    }

    private static string Blank(string text, List<string[]> forms)
    {
        var tokens = TextFolding.Tokenize(text);
        var stems = tokens.Select(t => Stemmer.Stem(t.Token)).ToArray();
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var form in forms.OrderByDescending(f => f.Length))
            {
                if (i + form.Length > tokens.Count || !form.AsSpan().SequenceEqual(stems.AsSpan(i, form.Length)))
                {
                    continue;
                }

                var last = tokens[i + form.Length - 1];
                spans.Add((tokens[i].Start, last.Start + last.Length));
                i += form.Length - 1;
                break;
            }
        }

        var result = new StringBuilder();
        var at = 0;
        foreach (var (start, end) in spans)
        {
            if (start < at)
            {
                continue;
            }

            var gap = text[at..start];
            if (result.Length >= 3 && result[^1] == '_' && gap.All(c => c is ' ' or '-' or '\u2013'))
            {
                at = end;
                continue;
            }

            result.Append(gap).Append("___");
            at = end;
        }

        result.Append(text[at..]);
        return result.ToString();
    }

    private static void Historians(RevisionContext context, List<Card> cards)
    {
        foreach (var historian in context.Kb.Historians)
        {
            var section = context.SectionOf(historian.Id) ?? historian.Works.Select(w => context.SectionOf(w)).FirstOrDefault(s => s is not null);
            var isSchool = historian.HistorianKind == HistorianKind.School;
            cards.Add(new Card
            {
                Id = $"gen.historian-argument.{historian.Id}",
                Kind = CardKind.HistorianArgument,
                Front = isSchool
                    ? $"What is the view of {Wording.NounPhrase(historian.Title, null, context.Prose).Text}?"
                    : $"What does {historian.Title} argue?",
                Back = historian.Argument,
                AnswerKind = AnswerKind.None,
                Entries = [historian.Id],
                Section = section,
                Themes = historian.Themes,
            });

            foreach (var (i, argument, front) in Claims(historian, context))
            {
                cards.Add(new Card
                {
                    Id = $"gen.historian-claim.{historian.Id}.{i + 1}",
                    Kind = CardKind.HistorianClaim,
                    Front = front,
                    Back = $"{historian.Title}: {argument.Claim}",
                    Answers = [historian.Title],
                    AnswerKind = AnswerKind.Text,
                    Entries = [historian.Id, .. argument.Events],
                    Section = argument.Events.Select(e => context.SectionOfEvent(e)).FirstOrDefault(s => s is not null) ?? section,
                    Themes = argument.Themes.Count > 0 ? argument.Themes : historian.Themes,
                });
            }
        }
    }

    /// <summary>
    /// A historian's claims that make fair questions, each as "Which historian argues that …?": not those that open
    /// with a pronoun ("It…", "The policy…") and so need context, nor those that name the historian.
    /// </summary>
    internal static IEnumerable<(int Index, HistorianArgument Argument, string Front)> Claims(Historian historian, RevisionContext context)
    {
        var names = new[] { historian.Title }.Concat(historian.Aliases)
            .SelectMany(n => TextFolding.Tokenize(n).Select(t => t.Token))
            .Where(t => t.Length >= 3)
            .ToHashSet(StringComparer.Ordinal);
        var who = historian.HistorianKind == HistorianKind.School ? "Which school of historians holds" : "Which historian argues";
        for (var i = 0; i < historian.Arguments.Count; i++)
        {
            var argument = historian.Arguments[i];
            var claim = argument.Claim.Trim().TrimEnd('.');
            if (!Pronoun().IsMatch(claim) && !TextFolding.Tokenize(claim).Any(t => names.Contains(t.Token)))
            {
                yield return (i, argument, $"{who} that {Wording.SentenceInside(claim, context.Prose)}?");
            }
        }
    }

    private static void Treaties(RevisionContext context, List<Card> cards)
    {
        foreach (var treaty in context.Kb.Events)
        {
            if (Treaty.Of(treaty, context) is not { } info)
            {
                continue;
            }

            var section = context.SectionOfEvent(treaty.Id);
            if (info.Hidden.Count is > 0 and <= 4)
            {
                var hidden = info.Hidden;
                cards.Add(new Card
                {
                    Id = $"gen.treaty-parties.{treaty.Id}",
                    Kind = CardKind.TreatyParties,
                    Front = info.WhoSigned,
                    Back = $"{Wording.Capitalise(info.NounPhrase)} ({Wording.Plain(treaty.Date)}) {(info.Plural ? "were" : "was")} signed by {info.Signatories}.",
                    Answers = [.. hidden.Select(a => a.Title)],
                    AnswerKind = hidden.Count == 1 ? AnswerKind.Text : AnswerKind.AllOf,
                    Entries = [treaty.Id, .. treaty.SignedBy],
                    Section = section,
                    Themes = treaty.Themes,
                });
            }

            cards.Add(new Card
            {
                Id = $"gen.treaty-terms.{treaty.Id}",
                Kind = CardKind.TreatyTerms,
                Front = $"What were the main terms of {info.NounPhrase}?",
                Back = treaty.Summary,
                AnswerKind = AnswerKind.None,
                Entries = [treaty.Id],
                Section = section,
                Themes = treaty.Themes,
            });
        }
    }

    private static void Consequences(RevisionContext context, List<Card> cards)
    {
        var kb = context.Kb;
        var led = kb.Events
            .SelectMany(e => e.Causes.Select(c => (Cause: c, Effect: e)))
            .GroupBy(p => p.Cause, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Effect).ToList(), StringComparer.Ordinal);
        foreach (var cause in kb.Events)
        {
            if (!led.TryGetValue(cause.Id, out var effects) || context.Wording(cause).NounPhrase is not { } phrase)
            {
                continue;
            }

            var causeKeys = Wording.KeyTokens(cause.Title).ToHashSet(StringComparer.Ordinal);
            effects = [.. effects.Where(e => !Wording.KeyTokens(e.Title).Any(causeKeys.Contains))];
            if (effects.Count == 0)
            {
                continue;
            }

            var listed = effects.Select(e => $"{context.Wording(e).NounPhrase ?? e.Title} ({Wording.Plain(e.Date)})").ToList();
            cards.Add(new Card
            {
                Id = $"gen.cause-consequence.{cause.Id}",
                Kind = CardKind.CauseConsequence,
                Front = effects.Count == 1 ? $"What did {phrase} lead to?" : $"Name one event that {phrase} led to.",
                Back = $"{Wording.Capitalise(phrase)} ({Wording.Plain(cause.Date)}) led to {Wording.JoinAnd(listed)}.",
                Answers = [.. effects.Select(e => e.Title)],
                AnswerKind = AnswerKind.Text,
                Entries = [cause.Id, .. effects.Select(e => e.Id)],
                Section = context.SectionOfEvent(cause.Id),
                Themes = cause.Themes,
            });
        }
    }

    internal static string Slug(string text) => string.Join('-', TextFolding.Tokenize(text).Select(t => t.Token));

    [GeneratedRegex(@"^(?:Full |Candidate |Leading )?[Mm]ember\b")]
    private static partial Regex MembershipOffice();

    [GeneratedRegex(@"^(?:This|These|That|Those|It|Its|Such|He|His|She|Her|They|Their|The policy|The decision)\b")]
    private static partial Regex Pronoun();
}
