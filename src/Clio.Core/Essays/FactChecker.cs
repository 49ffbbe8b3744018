using Clio.Dates;
using Clio.Knowledge;
using Clio.Text;

namespace Clio.Essays;

/// <summary>
/// Finds the checkable claims of a text and checks each against the knowledge base. Precision comes first: a
/// claim is called wrong only when the knowledge base certainly contradicts it, read at the precision the
/// writer used; a negated, hedged or ambiguous sentence is never called wrong.
/// </summary>
public sealed class FactChecker
{
    internal static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "never", "nor", "neither", "no", "t", "cannot", "didn", "wasn", "weren", "isn", "hadn", "doesn", "don",
        "refused", "failed", "rather", "instead", "unlike", "contrary", "myth", "misconception", "wrongly", "mistakenly",
        "excluded", "exclusion", "uninvited", "ignored", "sidelined", "absent",
    };

    internal static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
    {
        "if", "would", "could", "might", "may", "perhaps", "possibly", "allegedly", "supposedly", "rumoured", "planned",
        "plan", "hoped", "wanted", "intended", "proposed", "offered", "suggested", "considered", "threatened",
    };

    // Words that say a sentence dates a later or earlier phase of an event than the one the pack dates.
    internal static readonly HashSet<string> OtherPhase = new(StringComparer.Ordinal)
    {
        "ratified", "ratification", "ratify", "announced", "published", "publication", "revealed", "discovered",
        "discovery", "renewed", "extended", "extension", "implemented", "negotiations", "negotiated", "talks",
        "proposed", "initialled", "planned", "planning", "prepared", "anniversary", "collapsed", "broke", "lapsed",
        "renounced", "denounced", "abandoned", "aftermath", "legacy", "remembered", "consequences", "effects",
        "since", "until", "continued", "still", "memory", "later", "earlier", "reaffirmed", "confirmed",
        "exposed", "admitted", "acknowledged", "condemned", "debated", "investigated",
    };

    internal static readonly HashSet<string> StartWords = new(StringComparer.Ordinal) { "began", "begun", "begin", "start", "started", "outbreak", "broke", "opened", "launched" };
    internal static readonly HashSet<string> EndWords = new(StringComparer.Ordinal) { "ended", "end", "finished", "concluded", "closed" };
    internal static readonly HashSet<string> SignWords = new(StringComparer.Ordinal) { "signed", "sign", "signing", "signatory", "signatories" };
    internal static readonly HashSet<string> CoinWords = new(StringComparer.Ordinal) { "coined", "devised", "invented", "originated", "idea", "theory", "brainchild", "conceived", "formulated", "introduced", "architect", "policy", "championed", "pursued", "advocated", "associated", "champion", "advocate", "launched", "promoted", "developed", "backed", "favoured", "favored", "pioneered", "led", "opposed", "rejected", "criticised", "criticized", "attacked", "denounced" };
    internal static readonly HashSet<string> OpposeWords = new(StringComparer.Ordinal) { "opposed", "rejected", "criticised", "criticized", "attacked", "denounced", "resisted" };
    private static readonly HashSet<string> StartOfTermWords = new(StringComparer.Ordinal) { "became", "become", "becomes", "appointed", "appointment", "named", "replaced", "succeeded", "took", "promoted", "elected", "made" };

    private readonly KnowledgeBase _kb;
    private readonly EntityRecognizer _entities;
    private readonly HashSet<string> _leaders;
    private readonly Dictionary<string, List<MisconceptionPattern>> _misconceptions = new(StringComparer.Ordinal);

    /// <summary>A fact-checker over a knowledge base.</summary>
    public FactChecker(KnowledgeBase knowledge, EntityRecognizer? entities = null)
    {
        _kb = knowledge;
        _entities = entities ?? new EntityRecognizer(knowledge);
        _leaders = new HashSet<string>(knowledge.Pack.Leaders, StringComparer.Ordinal);

        // Each pattern's phrases, stemmed once. A pattern is found only if all its words are, so it is filed under
        // its rarest word: a sentence tries only the few patterns whose rarest word it contains.
        var patterns = new List<MisconceptionPattern>();
        foreach (var m in knowledge.Misconceptions)
        {
            foreach (var pattern in m.Patterns)
            {
                patterns.Add(new MisconceptionPattern(m, [.. pattern.Select(phrase => phrase.Split(' ').Select(Stemmer.Stem).ToArray())], patterns.Count));
            }
        }

        var frequency = patterns.SelectMany(p => p.Phrases.SelectMany(x => x).Distinct(StringComparer.Ordinal))
            .GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            var rarest = pattern.Phrases.SelectMany(x => x).OrderBy(w => frequency[w]).ThenBy(w => w, StringComparer.Ordinal).First();
            if (!_misconceptions.TryGetValue(rarest, out var list))
            {
                _misconceptions[rarest] = list = [];
            }

            list.Add(pattern);
        }
    }

    /// <summary>The recogniser this checker names entries with.</summary>
    public EntityRecognizer Entities => _entities;

    /// <summary>Every claim of a document, in order. Never throws.</summary>
    public IReadOnlyList<Claim> Check(EssayDocument document) => Check(document, Recognize(document));

    /// <summary>The entries and dates named in each sentence; relative dates count from the last date before them.</summary>
    public IReadOnlyList<RecognizedSentence> Recognize(EssayDocument document)
    {
        var recognized = new List<RecognizedSentence>(document.Sentences.Count);
        HistoricalDate? anchor = null;
        foreach (var sentence in document.Sentences)
        {
            var times = TemporalRecognizer.Find(sentence, anchor);
            for (var i = 0; i < times.Count; i++)
            {
                if (!times[i].IsRelative)
                {
                    anchor = times[i].Date;
                }
            }

            recognized.Add(new RecognizedSentence(sentence, _entities.Find(sentence, document.Text), times));
        }

        return recognized;
    }

    /// <summary>Every claim of a document whose sentences are already recognised.</summary>
    public IReadOnlyList<Claim> Check(EssayDocument document, IReadOnlyList<RecognizedSentence> recognized)
    {
        var claims = new List<Claim>();
        foreach (var r in recognized)
        {
            CheckSentence(r.Sentence, document.Text, r.Mentions, r.Times, claims);
        }

        return claims;
    }

    /// <summary>Adds the claims of one sentence, given what was recognised in it, to <paramref name="claims"/>.</summary>
    internal void CheckSentence(Sentence sentence, string text, IReadOnlyList<Mention> mentions, IReadOnlyList<TimeMention> times, List<Claim> claims)
    {
        // "in May 1935": a month is no hedge.
        var infos = sentence.Infos;
        var classes = WordClass.None;
        var prose = WordClass.None;
        for (var i = 0; i < infos.Length; i++)
        {
            classes |= infos[i].Classes;
            if (!InTime(sentence.Words[i], times))
            {
                prose |= infos[i].Classes;
            }
        }

        var cautious = (prose & (WordClass.Negation | WordClass.Hedge)) != 0 || sentence.Text.TrimEnd().EndsWith('?');
        var first = claims.Count;

        var misconception = CheckMisconceptions(sentence, cautious);
        if (misconception is not null)
        {
            claims.Add(misconception);
        }

        // The office checks run first, so that the dates they use are known before the event checks.
        var used = OfficeClaims(sentence, mentions, times, cautious, claims);
        CheckEventDates(sentence, text, mentions, used is null ? times : [.. times.Where(t => !used.Contains(t))], classes, cautious, claims);
        CheckSequence(sentence, mentions, times, cautious, claims);
        CheckPolicies(sentence, text, mentions, classes, cautious, claims);
        CheckParticipation(sentence, text, mentions, classes, cautious, claims);

        // A misconception already explains a contradicted sentence; other claims about it would repeat it.
        if (misconception is not null)
        {
            var kept = first;
            for (var k = first; k < claims.Count; k++)
            {
                if (claims[k].Kind == ClaimKind.Misconception || claims[k].Verdict != Verdict.Contradicted)
                {
                    claims[kept++] = claims[k];
                }
            }

            claims.RemoveRange(kept, claims.Count - kept);
        }
    }

    private static bool InTime(Word word, IReadOnlyList<TimeMention> times)
    {
        for (var i = 0; i < times.Count; i++)
        {
            if (times[i].Start <= word.Start && word.End <= times[i].End)
            {
                return true;
            }
        }

        return false;
    }

    private Claim? CheckMisconceptions(Sentence sentence, bool cautious)
    {
        if (cautious || _misconceptions.Count == 0)
        {
            return null;
        }

        // When several patterns match, the one reported is the one whose first word comes first in the sentence,
        // then the first written in the pack.
        var infos = sentence.Infos;
        MisconceptionPattern? best = null;
        var bestAt = int.MaxValue;
        foreach (var info in infos)
        {
            if (!_misconceptions.TryGetValue(info.Stem, out var candidates))
            {
                continue;
            }

            foreach (var pattern in candidates)
            {
                var all = true;
                foreach (var phrase in pattern.Phrases)
                {
                    all = all && Contains(infos, phrase);
                }

                if (!all)
                {
                    continue;
                }

                var at = FirstStem(infos, pattern.Phrases[0][0]);
                if (at < bestAt || (at == bestAt && pattern.Order < best!.Order))
                {
                    best = pattern;
                    bestAt = at;
                }
            }
        }

        if (best is null)
        {
            return null;
        }

        var m = best.Misconception;
        return new Claim(ClaimKind.Misconception, sentence, m.Title, Verdict.Contradicted, m.Correction, m.Entries, [.. m.Sources.Select(s => s.SourceId)]);
    }

    /// <summary>A misconception's pattern: phrases, each a run of stems, that must all occur.</summary>
    /// <param name="Misconception">The misconception it reveals.</param>
    /// <param name="Phrases">Its phrases.</param>
    /// <param name="Order">Its place among all patterns, as the pack lists them.</param>
    private sealed record MisconceptionPattern(Misconception Misconception, string[][] Phrases, int Order);

    private static int FirstStem(WordInfo[] infos, string stem)
    {
        for (var i = 0; i < infos.Length; i++)
        {
            if (infos[i].Stem == stem)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the stems of a sentence's words hold a phrase's stems, one after another.</summary>
    private static bool Contains(WordInfo[] infos, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= infos.Length; i++)
        {
            var k = 0;
            while (k < phrase.Length && infos[i + k].Stem == phrase[k])
            {
                k++;
            }

            if (k == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the claims about offices; returns the dates they used, if any.</summary>
    private HashSet<TimeMention>? OfficeClaims(Sentence sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<TimeMention> times, bool cautious, List<Claim> claims)
    {
        if (!mentions.Any(m => m.Entry is Actor { ActorKind: ActorKind.Person }))
        {
            return null;
        }

        var offices = Offices.Find(sentence);
        if (offices.Count == 0)
        {
            return null;
        }

        var people = mentions.Where(m => m.Entry is Actor { ActorKind: ActorKind.Person }).ToList();
        HashSet<TimeMention>? used = null;

        foreach (var (category, word) in offices)
        {
            var at = sentence.Words[word].Start;
            var person = people.OrderBy(p => Math.Abs(p.Start - at)).First();
            var actor = (Actor)person.Entry;
            var time = times.Where(t => !t.IsRelative && Math.Abs(t.Start - at) < 50 && SameClause(sentence, t.Start, at)).OrderBy(t => Math.Abs(t.Start - at)).FirstOrDefault();
            if (time is not null)
            {
                (used ??= []).Add(time);
            }
            else if (EventTime(sentence, mentions) is { } eventTime)
            {
                time = eventTime;
            }

            // "became foreign commissar": a start word just before this office's phrase.
            var startOfTerm = Enumerable.Range(Math.Max(0, word - 4), Math.Min(4, word)).Any(k => StartOfTermWords.Contains(sentence.Words[k].Text));
            var terms = Offices.Terms(actor, category);
            var statement = $"{actor.Title}: {category.Display}{(time is null ? string.Empty : " " + time.Text)}";
            var entries = new List<string> { actor.Id };

            if (time is null)
            {
                if (terms.Count > 0)
                {
                    claims.Add(new Claim(ClaimKind.Office, sentence, statement, Verdict.Supported, null, entries, Sources(actor)));
                    continue;
                }

                // Someone else named in the sentence may be the office-holder it speaks of.
                if (cautious || people.Any(p => Offices.Terms((Actor)p.Entry, category).Count > 0))
                {
                    continue;
                }

                var holders = Holders(category, actor.Country, null);
                if (holders.Count > 0 && actor.Roles.Count > 0)
                {
                    claims.Add(new Claim(ClaimKind.Office, sentence, statement, Verdict.Contradicted,
                        $"{actor.Title} never held that office; it was held by {Describe(holders)}.", [.. entries, .. holders.Select(h => h.Actor.Id)], Sources(actor)));
                }

                continue;
            }

            var verdict = Judge(terms, time, startOfTerm);
            if (verdict == Verdict.Supported)
            {
                claims.Add(new Claim(ClaimKind.Office, sentence, statement, Verdict.Supported, null, entries, Sources(actor)));
                continue;
            }

            if (verdict == Verdict.Unverifiable || cautious ||
                people.Any(p => p != person && Judge(Offices.Terms((Actor)p.Entry, category), time, startOfTerm) != Verdict.Contradicted))
            {
                continue;
            }

            var during = Holders(category, actor.Country, time.Date);
            var correction = terms.Count > 0
                ? $"{actor.Title} held it {string.Join("; ", terms.Select(Term))}."
                : $"{actor.Title} never held that office.";
            if (during.Count > 0)
            {
                correction += $" In {time.Date} it was held by {Describe(during)}.";
            }

            claims.Add(new Claim(ClaimKind.Office, sentence, statement, Verdict.Contradicted, correction, [.. entries, .. during.Select(h => h.Actor.Id)], Sources(actor)));
        }

        return used;
    }

    /// <summary>"at the time of the Zinoviev Letter", "during the Winter War": the date of the event named.</summary>
    private static TimeMention? EventTime(Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        var words = sentence.Words;
        foreach (var mention in mentions.Where(m => m.Entry is Event))
        {
            var i = mention.FirstWord;
            if (i >= 1 && words[i - 1].Text == "the")
            {
                i--;
            }

            var before = i >= 1 ? words[i - 1].Text : string.Empty;
            var leadIn = before == "during" || (i >= 4 && words[i - 4].Text == "at" && words[i - 3].Text == "the" && words[i - 2].Text == "time" && words[i - 1].Text == "of");
            if (leadIn)
            {
                var ev = (Event)mention.Entry;
                return new TimeMention(mention.Start, mention.End, ev.Title, ev.Date, TimeRelation.At, IsRelative: false);
            }
        }

        return null;
    }

    /// <summary>Whether terms of office agree with a time expression.</summary>
    private static Verdict Judge(List<(Role First, Role Last)> terms, TimeMention time, bool startOfTerm)
    {
        if (terms.Count == 0)
        {
            return Verdict.Contradicted;
        }

        var date = time.Date;
        var spans = terms.Select(t => (From: t.First.From, To: t.Last.To)).ToList();
        if (time.Relation == TimeRelation.Since || (startOfTerm && time.Relation == TimeRelation.At && !date.IsRange))
        {
            // "foreign commissar since 1930", "became foreign commissar in 1939": when a term began.
            return spans.Any(s => s.From.Overlaps(date)) ? Verdict.Supported : Verdict.Contradicted;
        }

        switch (time.Relation)
        {
            case TimeRelation.Until:
                // "foreign commissar until 1930": some term ends within the period named.
                if (spans.Any(s => s.To is { } to && to.Overlaps(date)))
                {
                    return Verdict.Supported;
                }

                return spans.Any(s => s.To is null) ? Verdict.Unverifiable : Verdict.Contradicted;
            case TimeRelation.By:
                return spans.Any(s => s.From.Earliest <= date.Latest) ? Verdict.Supported : Verdict.Contradicted;
            case TimeRelation.Before:
            case TimeRelation.After:
                return Verdict.Unverifiable;
            default:
                break;
        }

        if (date.IsRange && date.Start.Precision == DatePrecision.Year && date.End.Precision == DatePrecision.Year)
        {
            // "from 1930 to 1939": the years of some term's start and end.
            if (spans.Any(s => s.From.Year == date.Start.Year && (s.To?.End.Year ?? int.MaxValue) == date.End.Year))
            {
                return Verdict.Supported;
            }

            return spans.Any(s => s.From.Earliest <= date.Latest && (s.To is null || s.To.Value.Latest >= date.Earliest)) &&
                   spans.Any(s => Math.Abs(s.From.Year - date.Start.Year) <= 0)
                ? Verdict.Unverifiable
                : Verdict.Contradicted;
        }

        return spans.Any(s => s.From.Earliest <= date.Latest && (s.To is null || s.To.Value.Latest >= date.Earliest))
            ? Verdict.Supported
            : Verdict.Contradicted;
    }

    private List<(Actor Actor, Role Role)> Holders(Offices.Category category, string? country, HistoricalDate? during)
    {
        if (country is null)
        {
            return [];
        }

        return [.. _kb.Actors
            .Where(a => a.ActorKind == ActorKind.Person)
            .SelectMany(a => a.Roles.Where(r => category.Holds(r.Office) && r.Of == country).Select(r => (Actor: a, Role: r)))
            .Where(h => during is null || h.Role.MayOverlap(during.Value))
            .OrderBy(h => h.Role.From)];
    }

    private static string Describe(List<(Actor Actor, Role Role)> holders) =>
        string.Join(", ", holders.GroupBy(h => h.Actor.Id).Select(g => $"{g.First().Actor.Title} ({string.Join("; ", g.Select(h => h.Role.Term))})"));

    private static string Term((Role First, Role Last) term) =>
        term.Last.To is null ? $"from {term.First.From}" : $"{term.First.From} – {term.Last.To}";

    private static List<string> Sources(Entry entry) => entry switch
    {
        Event e => [.. e.Sources.Select(s => s.SourceId)],
        Actor a => [.. a.Sources.Select(s => s.SourceId)],
        Term t => [.. t.Sources.Select(s => s.SourceId)],
        _ => [],
    };

    private static void CheckEventDates(Sentence sentence, string text, IReadOnlyList<Mention> mentions, IReadOnlyList<TimeMention> times, WordClass words, bool cautious, List<Claim> claims)
    {
        if (times.Count == 0 || !mentions.Any(m => m.Entry is Event))
        {
            return;
        }

        var phaseWords = (words & WordClass.OtherPhase) != 0;
        var startOnly = (words & WordClass.StartWord) != 0;
        var endOnly = (words & WordClass.EndWord) != 0;
        for (var t = 0; t < times.Count; t++)
        {
            var time = times[t];
            // The nearest event the date fits, and the nearest event of all; the first of equals.
            Mention? nearest = null;
            Mention? partner = null;
            var nearestDistance = int.MaxValue;
            var partnerDistance = int.MaxValue;
            for (var i = 0; i < mentions.Count; i++)
            {
                var e = mentions[i];
                if (e.Entry is not Event)
                {
                    continue;
                }

                var distance = Distance(e, time);
                if (distance < partnerDistance)
                {
                    partner = e;
                    partnerDistance = distance;
                }

                if (distance < nearestDistance && Compatible(e, time, startOnly, endOnly))
                {
                    nearest = e;
                    nearestDistance = distance;
                }
            }

            if (nearest is not null)
            {
                var ev = (Event)nearest.Entry;
                claims.Add(new Claim(ClaimKind.EventDate, sentence, $"{ev.Title}: {time.Text}", Verdict.Supported, null, [ev.Id], Sources(ev)));
                continue;
            }

            // Pair the date with the event it stands next to; with no clear partner it is not checked.
            var ev2 = (Event)partner!.Entry;
            var verdict = Fits(ev2, time, startOnly, endOnly);
            // The date must stand by the event, in its clause, with no other date, entry or new phrase between, and
            // the event must be named distinctly ("the Treaty of Rapallo", not "a trade agreement").
            var clear = Distance(partner, time) <= 50 && SameClause(sentence, Math.Min(partner.End, time.Start), Math.Max(partner.End, time.Start));
            var between = Between(mentions, partner, time) || Subordinate(sentence, partner, time) ||
                          CloserDate(times, partner, time) || Parenthetical(sentence, partner, time);
            if (verdict != Verdict.Contradicted || cautious || phaseWords || time.IsRelative || !clear || between || !Distinct(partner, sentence, text))
            {
                continue;
            }

            var when = endOnly && ev2.Date.IsRange ? $"ended {ev2.Date.End}" : startOnly && ev2.Date.IsRange ? $"began {ev2.Date.Start}" : ev2.Date.ToString();
            claims.Add(new Claim(ClaimKind.EventDate, sentence, $"{ev2.Title}: {time.Text}", Verdict.Contradicted,
                $"{ev2.Title}: {when}.", [ev2.Id], Sources(ev2)));
        }
    }

    /// <summary>Whether a date fits an event, or another event of the same name.</summary>
    private static bool Compatible(Mention mention, TimeMention time, bool startOnly, bool endOnly)
    {
        if (Fits((Event)mention.Entry, time, startOnly, endOnly) == Verdict.Supported)
        {
            return true;
        }

        var alternatives = mention.Alternatives;
        for (var i = 0; i < alternatives.Count; i++)
        {
            if (alternatives[i] is Event ev && Fits(ev, time, startOnly, endOnly) == Verdict.Supported)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another date stands closer to the event, on the same side of it.</summary>
    private static bool CloserDate(IReadOnlyList<TimeMention> times, Mention partner, TimeMention time)
    {
        for (var i = 0; i < times.Count; i++)
        {
            var t = times[i];
            if (t != time && Distance(partner, t) < Distance(partner, time) && (t.Start - partner.End) * (time.Start - partner.End) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether nothing but a phrase of one clause separates two places in a sentence.</summary>
    private static bool SameClause(Sentence sentence, int from, int to)
    {
        var (a, b) = from <= to ? (from, to) : (to, from);
        a = Math.Clamp(a - sentence.Start, 0, sentence.Text.Length);
        b = Math.Clamp(b - sentence.Start, 0, sentence.Text.Length);
        var gap = sentence.Text[a..b];
        return !gap.Contains(';', StringComparison.Ordinal) && !gap.Contains(", and", StringComparison.Ordinal) &&
               !gap.Contains(", but", StringComparison.Ordinal) && !gap.Contains(", when", StringComparison.Ordinal) &&
               !gap.Contains(", while", StringComparison.Ordinal) && !gap.Contains(", which", StringComparison.Ordinal);
    }

    /// <summary>"The Sixth Congress (17 July – 1 September 1928)": a date in brackets belongs to the words just before them.</summary>
    private static bool Parenthetical(Sentence sentence, Mention partner, TimeMention time)
    {
        var open = sentence.Text.LastIndexOf('(', Math.Max(0, time.Start - sentence.Start));
        if (open < 0 || sentence.Text.IndexOf(')', open) < time.End - sentence.Start - 1)
        {
            return false;
        }

        var before = sentence.Text[..open].TrimEnd();
        return partner.End - sentence.Start < before.Length - 1 || partner.Start - sentence.Start > open;
    }

    /// <summary>
    /// Whether a mention names its event distinctly: with a capitalised name ("the Treaty of Rapallo", "the Pact")
    /// rather than common words ("a trade agreement"), and with no other event sharing that name.
    /// </summary>
    private static bool Distinct(Mention mention, Sentence sentence, string text)
    {
        if (mention.Entry is not Event || mention.Alternatives.OfType<Event>().Any())
        {
            return false;
        }

        return sentence.Words.Any(w => w.Start >= mention.Start && w.End <= mention.End && char.IsUpper(text[w.Start]) &&
                                       (w.Start > sentence.Start || !GenericWords.Contains(w.Text)));
    }

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "treaty", "agreement", "pact", "conference", "trade", "plan", "war", "congress", "declaration", "protocol",
    };

    /// <summary>Whether an event's date agrees with a time expression.</summary>
    private static Verdict Fits(Event ev, TimeMention time, bool startOnly, bool endOnly)
    {
        var date = ev.Date;
        var (earliest, latest) = (date.Earliest, date.Latest);
        if (date.IsRange && startOnly && !endOnly)
        {
            (earliest, latest) = (date.Start.Earliest, date.Start.Latest);
        }
        else if (date.IsRange && endOnly && !startOnly)
        {
            (earliest, latest) = (date.End.Earliest, date.End.Latest);
        }

        if (date.IsApproximate)
        {
            earliest = earliest.AddYears(-1);
            latest = latest.AddYears(1);
        }

        var claimed = time.Date;
        return time.Relation switch
        {
            TimeRelation.By => earliest <= claimed.Latest ? Verdict.Supported : Verdict.Contradicted,
            TimeRelation.Before => latest < claimed.Earliest ? Verdict.Supported : earliest > claimed.Latest ? Verdict.Contradicted : Verdict.Unverifiable,
            TimeRelation.After => earliest > claimed.Latest ? Verdict.Supported : latest < claimed.Earliest ? Verdict.Contradicted : Verdict.Unverifiable,
            TimeRelation.Until or TimeRelation.Since => Verdict.Unverifiable,
            _ when claimed.IsRange && date.IsRange && !startOnly && !endOnly =>
                claimed.Start.Contains(date.Start) || date.Start.Contains(claimed.Start) ? (claimed.End.Contains(date.End) || date.End.Contains(claimed.End) ? Verdict.Supported : Verdict.Contradicted) : Verdict.Contradicted,
            _ => earliest <= claimed.Latest && claimed.Earliest <= latest ? Verdict.Supported : Verdict.Contradicted,
        };
    }

    private static int Distance(Mention mention, TimeMention time) =>
        time.Start >= mention.End ? time.Start - mention.End : mention.Start >= time.End ? mention.Start - time.End : 0;

    /// <summary>Whether another entry or a new clause stands between an event and a date.</summary>
    private static bool Between(IReadOnlyList<Mention> mentions, Mention partner, TimeMention time)
    {
        var (from, to) = time.Start >= partner.End ? (partner.End, time.Start) : (time.End, partner.Start);
        return mentions.Any(m => m != partner && m.Start >= from && m.End <= to && m.Entry is Event or Actor);
    }

    private static readonly HashSet<string> LeadIns = new(StringComparer.Ordinal)
    {
        "using", "after", "following", "despite", "because", "since", "before", "as", "with", "without", "against",
        "over", "like", "unlike", "than", "until", "during", "amid", "through", "via",
    };

    /// <summary>
    /// "The USSR attacked Finland on 30 November 1939, using the Mainila shelling as a pretext": a date before an
    /// event that stands in a subordinate phrase belongs to the main clause, not to that event.
    /// </summary>
    private static bool Subordinate(Sentence sentence, Mention partner, TimeMention time)
    {
        if (time.End > partner.Start)
        {
            return false;
        }

        if (sentence.Words.Any(w => w.Start >= time.End && w.End <= partner.Start && LeadIns.Contains(w.Text)))
        {
            return true;
        }

        // "In 1923, the Treaty of Rapallo..." dates what follows; "...Finland on 30 November 1939, was expelled"
        // and "...in 1920 and taken land at the Treaty of Riga" close the clause before it.
        var opening = sentence.Words.Count > 0 && sentence.Words.TakeWhile(w => w.Start < time.Start).Count() <= 1;
        var gap = " " + sentence.Text[(time.End - sentence.Start)..(partner.Start - sentence.Start)] + " ";
        return !opening && (gap.Contains(',', StringComparison.Ordinal) || gap.Contains(" and ", StringComparison.Ordinal) ||
                            gap.Contains(" but ", StringComparison.Ordinal) || gap.Contains(" which ", StringComparison.Ordinal) ||
                            gap.Contains(" who ", StringComparison.Ordinal) || gap.Contains(" when ", StringComparison.Ordinal) ||
                            gap.Contains(" then ", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> Persisting = new(StringComparer.Ordinal)
    {
        "kept", "keep", "maintained", "honoured", "honored", "respected", "upheld", "remained", "stayed", "continued", "still", "lasted",
    };

    private static readonly string[][] BeforeWords = [["before"], ["preceded"], ["prior", "to"], ["ahead", "of"]];
    private static readonly string[][] AfterWords = [["after"], ["followed"], ["in", "response", "to"], ["in", "reaction", "to"], ["as", "a", "response", "to"], ["in", "answer", "to"], ["following"], ["a", "response", "to"], ["a", "reaction", "to"], ["a", "reply", "to"], ["an", "answer", "to"], ["responded", "to"], ["reacted", "to"]];
    private static readonly string[][] CauseWords = [["led", "to"], ["resulted", "in"], ["caused"], ["prompted"], ["provoked"], ["triggered"]];

    private static void CheckSequence(Sentence sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<TimeMention> times, bool cautious, List<Claim> claims)
    {
        if (mentions.Count(m => m.Entry is Event) < 2)
        {
            return;
        }

        var events = mentions.Where(m => m.Entry is Event).ToList();

        var words = sentence.Words;
        foreach (var (i, length, kind) in Connectives.FindAll(sentence.Infos).DistinctBy(c => c.At))
        {

            // The connective must join two events, not introduce a date: "before 1941" is a time expression.
            var connectiveStart = words[i].Start;
            if (times.Any(t => t.Start <= connectiveStart && connectiveStart < t.End))
            {
                continue;
            }

            // "Japan kept the Pact after...": the pact lasting past a date says nothing of when it was made.
            if (words.Take(i).Any(w => Persisting.Contains(w.Text)))
            {
                continue;
            }

            // The left event must belong to the connective's clause: close to it, with no comma between.
            var left = events.LastOrDefault(e => e.LastWord < i && i - e.LastWord <= 6 &&
                !sentence.Text[(e.End - sentence.Start)..(connectiveStart - sentence.Start)].Contains(',', StringComparison.Ordinal));
            var right = events.FirstOrDefault(e => e.FirstWord >= i + length);
            Mention? earlier;
            Mention? later;
            if (left is null && right is not null && events.Any(e => e.LastWord < i))
            {
                continue;
            }

            if (left is null && right is not null)
            {
                // "After the Munich Agreement, Stalin signed the Pact": the connective opens the sentence.
                var next = events.FirstOrDefault(e => e.FirstWord > right.LastWord);
                if (next is null)
                {
                    continue;
                }

                (earlier, later) = kind == 1 ? (next, right) : (right, next);
            }
            else if (left is not null && right is not null)
            {
                // "L before R" / "R led to..." : kind 1 = before, 2 = after/in response to, 3 = cause.
                (earlier, later) = kind switch { 1 => (left, right), 2 => (right, left), _ => (left, right) };
            }
            else
            {
                continue;
            }

            var a = (Event)earlier.Entry;
            var b = (Event)later.Entry;
            if (a == b)
            {
                continue;
            }

            var statement = $"{a.Title} came before {b.Title}";
            if (a.Date.Latest < b.Date.Earliest || (a.Date.Earliest < b.Date.Earliest && a.Date.Latest <= b.Date.Latest && !a.Date.IsRange && !b.Date.IsRange))
            {
                claims.Add(new Claim(ClaimKind.Sequence, sentence, statement, Verdict.Supported, null, [a.Id, b.Id], [.. Sources(a), .. Sources(b)]));
            }
            else if (!cautious && b.Date.Latest < a.Date.Earliest)
            {
                claims.Add(new Claim(ClaimKind.Sequence, sentence, statement, Verdict.Contradicted,
                    $"{b.Title} ({b.Date}) came before {a.Title} ({a.Date}).", [a.Id, b.Id], [.. Sources(a), .. Sources(b)]));
            }

            return;
        }
    }

    internal static readonly PhraseSet<int> Connectives = new(
        BeforeWords.Select(p => (p, 1)).Concat(AfterWords.Select(p => (p, 2))).Concat(CauseWords.Select(p => (p, 3))), WordClass.ConnectiveStart);

    private void CheckPolicies(Sentence sentence, string text, IReadOnlyList<Mention> mentions, WordClass words, bool cautious, List<Claim> claims)
    {
        if ((words & WordClass.CoinWord) != 0)
        {
            PolicyClaims(sentence, text, mentions, words, cautious, claims);
        }
    }

    private void PolicyClaims(Sentence sentence, string text, IReadOnlyList<Mention> mentions, WordClass words, bool cautious, List<Claim> claims)
    {
        // A policy may be recognised as the event of the same name ("socialism in one country"): use the term.
        var terms = mentions
            .Select(m => (Mention: m, Term: m.Entry as Term ?? m.Alternatives.OfType<Term>().FirstOrDefault()))
            .Where(x => x.Term is not null && (x.Term.CoinedBy.Count > 0 || x.Term.ChampionedBy.Count > 0))
            .ToList();
        var people = mentions.Where(m => m.Entry is Actor { ActorKind: ActorKind.Person } or Historian).ToList();
        var opposed = (words & WordClass.OpposeWord) != 0;
        var opposeIndex = Array.FindIndex(sentence.Infos, i => i.Is(WordClass.OpposeWord));
        foreach (var (termMention, term) in terms)
        {
            // Who opposed is the person just before the verb; who championed is a person the sentence ties to the
            // policy: "Litvinov's collective security", "Trotsky launched the Popular Front", "coined by Stalin".
            var person = opposed
                ? people.Where(p => p.LastWord < opposeIndex && opposeIndex - p.LastWord <= 3).OrderBy(p => opposeIndex - p.LastWord).FirstOrDefault()
                : people.Where(p => Linked(sentence, text, p, termMention)).OrderBy(p => Math.Abs(p.Start - termMention.Start)).FirstOrDefault();
            if (person is null || term is null)
            {
                continue;
            }

            var statement = $"{term.Title}: {person.Entry.Title}{(opposed ? " (opposed)" : string.Empty)}";
            var credited = term.CoinedBy.Concat(term.ChampionedBy).ToHashSet(StringComparer.Ordinal);
            var isCredited = credited.Contains(person.Entry.Id);
            if (isCredited && !opposed)
            {
                claims.Add(new Claim(ClaimKind.Policy, sentence, statement, Verdict.Supported, null, [term.Id, person.Entry.Id], Sources(term)));
                continue;
            }

            if (cautious)
            {
                continue;
            }

            if (isCredited)
            {
                claims.Add(new Claim(ClaimKind.Policy, sentence, statement, Verdict.Contradicted,
                    $"{person.Entry.Title} championed {term.Title}; they did not oppose it.", [term.Id, person.Entry.Id], Sources(term)));
                continue;
            }

            if (opposed || people.Any(p => credited.Contains(p.Entry.Id)) || term.ChampionedBy.Count == 0)
            {
                continue;
            }

            // A leader's name stands for the government's policy, but only while the leader lived.
            if (_leaders.Contains(person.Entry.Id))
            {
                var leader = person.Entry as Actor;
                var began = term.Related.Select(id => _kb.Find<Event>(id)).OfType<Event>().Select(e => e.Date.Earliest).DefaultIfEmpty(DateOnly.MaxValue).Min();
                if (leader?.Died is not { } died || began == DateOnly.MaxValue || died.Latest >= began)
                {
                    continue;
                }

                claims.Add(new Claim(ClaimKind.Policy, sentence, statement, Verdict.Contradicted,
                    $"{leader.Title} died on {died}, before {term.Title} became policy; it is associated with {Names(credited)}.", [term.Id, .. credited], Sources(term)));
                continue;
            }

            claims.Add(new Claim(ClaimKind.Policy, sentence, statement, Verdict.Contradicted,
                $"{term.Title} is associated with {Names(credited)}, not {person.Entry.Title}.", [term.Id, .. credited], Sources(term)));
        }
    }

    private static readonly HashSet<string> LinkVerbs = new(StringComparer.Ordinal)
    {
        "coined", "devised", "invented", "originated", "conceived", "formulated", "introduced", "championed", "pursued",
        "advocated", "launched", "promoted", "developed", "backed", "favoured", "favored", "pioneered", "led", "proposed",
        "adopted", "created", "put", "set", "architect", "champion", "advocate", "idea", "theory", "brainchild", "policy",
    };

    /// <summary>Whether a sentence ties a person to a policy, not merely names both.</summary>
    private static bool Linked(Sentence sentence, string text, Mention person, Mention term)
    {
        var words = sentence.Words;

        // "Litvinov's policy of collective security", "Stalin's socialism in one country".
        var possessive = person.End + 1 < text.Length && text[person.End] is '\'' or '\u2019' && text[person.End + 1] is 's' or 'S';
        if (possessive && term.FirstWord > person.LastWord && term.FirstWord - person.LastWord <= 4)
        {
            return true;
        }

        // "Trotsky launched the Popular Front": the person, a linking verb, then the policy, close together.
        if (term.FirstWord > person.LastWord && term.FirstWord - person.LastWord <= 6 &&
            Enumerable.Range(person.LastWord + 1, term.FirstWord - person.LastWord - 1).Any(i => LinkVerbs.Contains(words[i].Text)))
        {
            return true;
        }

        // "Socialism in one country was Stalin's idea", "coined by Stalin", "associated with Litvinov".
        if (person.FirstWord > term.LastWord && person.FirstWord - term.LastWord <= 5)
        {
            var gap = Enumerable.Range(term.LastWord + 1, person.FirstWord - term.LastWord - 1).Select(i => words[i].Text).ToList();
            return gap.Contains("by") || gap.Contains("with") || gap.Contains("was") || gap.Contains("were");
        }

        return false;
    }

    private string Names(IEnumerable<string> ids) => string.Join(" and ", ids.Select(id => _kb.Find(id)?.Title ?? id));

    private static readonly HashSet<string> ParticipativeTypes = new(StringComparer.Ordinal)
    {
        "treaty", "agreement", "conference", "congress", "war", "battle", "invasion", "negotiation", "occupation", "annexation",
    };

    private static readonly string[][] TakingPartPhrases =
    [
        ["signed"], ["signing"], ["signatory"], ["signatories"], ["attended"], ["represented"], ["participated"],
        ["was", "present"], ["were", "present"], ["fought"], ["led"], ["headed"], ["negotiated"], ["took", "part"],
        ["take", "part"], ["taking", "part"], ["delegation"], ["delegate"], ["delegates"], ["invited"],
    ];

    internal static readonly PhraseSet<bool> TakingPartSet = new(TakingPartPhrases.Select(p => (p, true)), WordClass.TakingPartStart);

    private static bool TakesPart(Sentence sentence) => TakingPartSet.Any(sentence.Infos);

    /// <summary>
    /// Whether an actor is named as a signer: just before the verb ("Molotov and Ribbentrop signed"), or after
    /// "signed by" or "between"; not as the other party ("signed the Pact with Hitler").
    /// </summary>
    private static bool IsSigner(Sentence sentence, Mention actor)
    {
        var words = sentence.Words;
        var verb = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (SignWords.Contains(words[i].Text) || words[i].Text is "signatory" or "signatories")
            {
                verb = i;
                break;
            }
        }

        if (verb < 0)
        {
            return false;
        }

        if (actor.FirstWord > verb)
        {
            return SignedBy(sentence, actor) || (actor.FirstWord >= 1 && words[actor.FirstWord - 1].Text == "between");
        }

        // Before the verb: close, in the same clause.
        return verb - actor.LastWord <= 6 && SameClause(sentence, actor.End, words[verb].Start);
    }

    /// <summary>"signed by Molotov and Ribbentrop": the actor follows "by" after the verb.</summary>
    private static bool SignedBy(Sentence sentence, Mention actor)
    {
        var words = sentence.Words;
        for (var i = actor.FirstWord - 1; i >= 0 && i >= actor.FirstWord - 8; i--)
        {
            if (words[i].Text == "by" && i >= 1 && (SignWords.Contains(words[i - 1].Text) || (i >= 2 && SignWords.Contains(words[i - 2].Text))))
            {
                return true;
            }

            // Only a list of names may stand between "by" and the actor: "signed by Germany and Japan".
            var isName = char.IsUpper(sentence.Text[words[i].Start - sentence.Start]);
            if (words[i].Text is not ("and" or "the" or "of" or "by") && !isName)
            {
                return false;
            }
        }

        return false;
    }

    private void CheckParticipation(Sentence sentence, string text, IReadOnlyList<Mention> mentions, WordClass words, bool cautious, List<Claim> claims)
    {
        if (mentions.Count(m => m.Entry is Event) == 1 && mentions.First(m => m.Entry is Event).Entry is Event ev && ParticipativeTypes.Contains(ev.Type))
        {
            ParticipationClaims(sentence, text, mentions, ev, words, cautious, claims);
        }
    }

    private void ParticipationClaims(Sentence sentence, string text, IReadOnlyList<Mention> mentions, Event ev, WordClass words, bool cautious, List<Claim> claims)
    {
        var events = mentions.Where(m => m.Entry is Event).ToList();

        // A treaty named only in common words ("a trade agreement") may be another one: never contradict it.
        cautious = cautious || !Distinct(events[0], sentence, text);

        var signing = (words & WordClass.SignWord) != 0;
        var takingPart = TakesPart(sentence);
        var actors = mentions
            .Where(m => m.Entry is Actor a && a.ActorKind is ActorKind.Person or ActorKind.State && !(events[0].Start <= m.Start && m.End <= events[0].End))
            .Where(m => !signing || IsSigner(sentence, m))
            .ToList();
        var signatories = ev.SignedBy.Select(id => _kb.Find<Actor>(id)).OfType<Actor>().ToList();
        var signatoryStates = signatories.Select(a => a.ActorKind == ActorKind.State ? a.Id : a.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var statesInvolved = ev.Actors.Select(id => _kb.Find<Actor>(id)).OfType<Actor>().Where(a => a.ActorKind == ActorKind.State).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var mention in actors)
        {
            var actor = (Actor)mention.Entry;
            var statement = $"{actor.Title} {(signing ? "signed" : "took part in")} {ev.Title}";

            // "Stalin signed the Pact", "Why did Lenin sign the Treaty of Brest-Litovsk?": a leader signs for the
            // government he leads; only "signed by Lenin" names the hand that signed.
            if (signing && _leaders.Contains(actor.Id) && !SignedBy(sentence, mention))
            {
                continue;
            }

            if (signing && signatories.Count > 0)
            {
                var signed = actor.ActorKind == ActorKind.State ? signatoryStates.Contains(actor.Id) : ev.SignedBy.Contains(actor.Id);
                if (signed)
                {
                    claims.Add(new Claim(ClaimKind.Participation, sentence, statement, Verdict.Supported, null, [ev.Id, actor.Id], Sources(ev)));
                }
                // A person is contradicted only where the pack names who signed for their state, or their state did
                // not sign at all; where it lists the state alone, its signers are unknown.
                else if (!cautious && (actor.ActorKind == ActorKind.State
                    ? true
                    : actor.Country is not null && (!signatoryStates.Contains(actor.Country) || signatories.Any(a => a.ActorKind == ActorKind.Person && a.Country == actor.Country))))
                {
                    claims.Add(new Claim(ClaimKind.Participation, sentence, statement, Verdict.Contradicted,
                        $"{ev.Title} was signed by {string.Join(", ", signatories.Select(a => a.Title))}.", [ev.Id, actor.Id, .. ev.SignedBy], Sources(ev)));
                }

                continue;
            }

            // A state took part in a treaty or conference if it signed it.
            if (!signing && takingPart && actor.ActorKind == ActorKind.State && signatoryStates.Count > 0 && !signatoryStates.Contains(actor.Id) && !cautious)
            {
                claims.Add(new Claim(ClaimKind.Participation, sentence, statement, Verdict.Contradicted,
                    $"{ev.Title} was made by {string.Join(", ", signatoryStates.Select(id => _kb.Find(id)?.Title ?? id))}; {actor.Title} was not a party to it.", [ev.Id, actor.Id], Sources(ev)));
                continue;
            }

            if (ev.Actors.Contains(actor.Id))
            {
                if (takingPart)
                {
                    claims.Add(new Claim(ClaimKind.Participation, sentence, statement, Verdict.Supported, null, [ev.Id, actor.Id], Sources(ev)));
                }

                continue;
            }

            if (cautious || !takingPart)
            {
                continue;
            }

            // Someone who had died before the event cannot have taken part in it.
            if (actor.Died is { } died && died.Latest < ev.Date.Earliest)
            {
                claims.Add(new Claim(ClaimKind.Participation, sentence, statement, Verdict.Contradicted,
                    $"{actor.Title} died on {died}, before {ev.Title} ({ev.Date}).", [ev.Id, actor.Id], Sources(ev)));
                continue;
            }

            // The pack lists the states that took part; a state, or a person of a state, not among them did not.
            var state = actor.ActorKind == ActorKind.State ? actor.Id : actor.Country;
            if (statesInvolved.Count >= 2 && state is not null && !statesInvolved.Contains(state))
            {
                claims.Add(new Claim(ClaimKind.Participation, sentence, statement, Verdict.Contradicted,
                    $"{ev.Title} ({ev.Date}) involved {string.Join(", ", statesInvolved.Select(id => _kb.Find(id)?.Title ?? id))}, not {_kb.Find(state)?.Title ?? state}.",
                    [ev.Id, actor.Id], Sources(ev)));
                continue;
            }

            // "X signed the treaty": the pack names who took part for X's country, and X is not among them.
            var compatriots = ev.Actors.Select(id => _kb.Find<Actor>(id)).OfType<Actor>()
                .Where(a => a.ActorKind == ActorKind.Person && a.Country is not null && a.Country == actor.Country).ToList();
            if ((signing || sentence.Words.Any(w => w.Text is "led" or "headed")) && actor.ActorKind == ActorKind.Person && compatriots.Count > 0)
            {
                claims.Add(new Claim(ClaimKind.Participation, sentence, statement, Verdict.Contradicted,
                    $"For {_kb.Find(actor.Country!)?.Title ?? actor.Country}, {ev.Title} involved {string.Join(" and ", compatriots.Select(c => c.Title))}, not {actor.Title}.",
                    [ev.Id, actor.Id, .. compatriots.Select(c => c.Id)], Sources(ev)));
            }
        }
    }
}
