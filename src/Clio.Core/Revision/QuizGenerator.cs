using Clio.Dates;
using Clio.Knowledge;

namespace Clio.Revision;

/// <summary>What a quiz should hold.</summary>
public sealed record QuizRequest
{
    /// <summary>How many questions; fewer come back when the filters leave too little to ask.</summary>
    public int Count { get; init; } = 10;

    /// <summary>Only questions on this notes section's events and entries; an unknown id matches nothing.</summary>
    public string? Section { get; init; }

    /// <summary>Only questions on entries of this theme; an unknown id matches nothing.</summary>
    public string? Theme { get; init; }

    /// <summary>Only these kinds of question; null for every kind.</summary>
    public IReadOnlyCollection<QuizItemKind>? Kinds { get; init; }

    /// <summary>Only questions whose main entry is one of these ids; null for any.</summary>
    public IReadOnlyCollection<string>? Entries { get; init; }
}

/// <summary>
/// Makes quizzes from a knowledge base. Given the same request and a <see cref="Random"/> with the same seed it
/// makes the same quiz. Kinds of question take turns, and no entry is the subject of two questions in one quiz.
/// </summary>
public sealed class QuizGenerator
{
    private const int MinGapDays = 60;

    private readonly RevisionContext _context;
    private readonly List<Event> _dated;
    private readonly List<(Event Event, string Front, HistoricalDate Shown)> _which;
    private readonly List<OfficeSlot> _slots;
    private readonly List<Treaty> _treaties;

    /// <summary>Prepares the pools of questions a knowledge base allows.</summary>
    public QuizGenerator(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _context = RevisionContext.For(knowledge);
        _dated = [.. knowledge.Events.Where(e => _context.Wording(e).Asked is not null)];
        _which = [.. knowledge.Events
            .Select(e => (Event: e, Question: CardDeck.DateEventQuestion(_context, e)))
            .Where(p => p.Question is not null)
            .Select(p => (p.Event, p.Question!.Value.Front, p.Question.Value.Date))];
        _slots = OfficeSlot.All(knowledge, _context.Period);
        _treaties = [.. knowledge.Events
            .Select(e => Treaty.Of(e, _context))
            .OfType<Treaty>()
            .Where(t => t.Hidden.Count is >= 1 and <= 3)
            .GroupBy(t => Right(t), StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .Select(g => g.First())];
    }

    /// <summary>A quiz: up to <see cref="QuizRequest.Count"/> questions, deterministic for a given seed.</summary>
    public IReadOnlyList<QuizItem> Generate(QuizRequest request, Random random)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(random);
        var makers = Makers(request).GroupBy(m => m.Kind).ToDictionary(g => g.Key, g => new Queue<Maker>(g.OrderBy(_ => random.Next())));
        var kinds = makers.Keys.OrderBy(k => k).OrderBy(_ => random.Next()).ToList();
        var items = new List<QuizItem>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        while (items.Count < request.Count && kinds.Count > 0)
        {
            foreach (var kind in kinds.ToList())
            {
                if (items.Count >= request.Count)
                {
                    break;
                }

                var queue = makers[kind];
                QuizItem? item = null;
                while (item is null && queue.Count > 0)
                {
                    var maker = queue.Dequeue();
                    if (!used.Contains(maker.Key))
                    {
                        item = maker.Make(random);
                        if (item is not null)
                        {
                            used.Add(maker.Key);
                        }
                    }
                }

                if (item is null)
                {
                    kinds.Remove(kind);
                }
                else
                {
                    items.Add(item);
                }
            }
        }

        return items;
    }

    /// <summary>One question about an entry (within a notes section, if given), of any kind that suits it, or null when none does.</summary>
    internal QuizItem? About(string entryId, string? section, Random random, ISet<string>? avoid = null)
    {
        var request = new QuizRequest { Entries = [entryId], Section = section, Kinds = [QuizItemKind.MultipleChoice, QuizItemKind.TypeDate, QuizItemKind.OfficeHolder, QuizItemKind.TrueFalse] };
        foreach (var maker in Makers(request).OrderBy(_ => random.Next()))
        {
            if (maker.Make(random) is { } item && (avoid is null || !avoid.Contains(item.Id)))
            {
                return item;
            }
        }

        return null;
    }

    private sealed record Maker(QuizItemKind Kind, string Key, Func<Random, QuizItem?> Make);

    private IEnumerable<Maker> Makers(QuizRequest request)
    {
        var kinds = request.Kinds;
        bool Wants(QuizItemKind kind) => kinds is null || kinds.Contains(kind);
        var note = request.Section is null ? null : _context.Kb.Find<NoteSection>(request.Section);
        if (request.Section is not null && note is null)
        {
            yield break;
        }

        bool EventIn(Event e) =>
            (note is null || note.Events.Contains(e.Id) || note.Links.Contains(e.Id)) &&
            (request.Theme is null || e.Themes.Contains(request.Theme)) &&
            (request.Entries is null || request.Entries.Contains(e.Id));
        bool SlotIn(OfficeSlot s) =>
            (note is null || (note.Links.Contains(s.Holder.Id) && (note.Period is not { } p || s.Years.Any(y => p.Overlaps(HistoricalDate.FromYear(y)))))) &&
            (request.Theme is null || s.Holder.Themes.Contains(request.Theme)) &&
            (request.Entries is null || request.Entries.Contains(s.Holder.Id));

        var dated = _dated.Where(EventIn).ToList();
        var slots = _slots.Where(SlotIn).Select(s => note?.Period is { } p ? s with { Years = [.. s.Years.Where(y => p.Overlaps(HistoricalDate.FromYear(y)))] } : s).ToList();
        foreach (var ev in dated)
        {
            if (Wants(QuizItemKind.MultipleChoice))
            {
                yield return new Maker(QuizItemKind.MultipleChoice, ev.Id, r => DateChoice(ev, r));
            }

            if (Wants(QuizItemKind.TypeDate))
            {
                yield return new Maker(QuizItemKind.TypeDate, ev.Id, r => TypedDate(ev, r));
            }

            if (Wants(QuizItemKind.TrueFalse))
            {
                yield return new Maker(QuizItemKind.TrueFalse, ev.Id, r => DateStatement(ev, r));
            }

            if (Wants(QuizItemKind.Ordering))
            {
                yield return new Maker(QuizItemKind.Ordering, "ordering:" + ev.Id, r => Ordering(ev, dated, r));
            }
        }

        if (Wants(QuizItemKind.MultipleChoice))
        {
            foreach (var (ev, front, shown) in _which.Where(w => EventIn(w.Event)))
            {
                yield return new Maker(QuizItemKind.MultipleChoice, ev.Id, r => EventChoice(ev, front, shown, r));
            }
        }

        foreach (var slot in slots.Where(s => s.Years.Count > 0))
        {
            var key = slot.Holder.Id;
            if (Wants(QuizItemKind.OfficeHolder))
            {
                yield return new Maker(QuizItemKind.OfficeHolder, key, r => OfficeHolder(slot with { Year = Pick(slot.Years, r) }));
            }

            if (Wants(QuizItemKind.MultipleChoice))
            {
                yield return new Maker(QuizItemKind.MultipleChoice, key, r => PersonChoice(slot with { Year = Pick(slot.Years, r) }, r));
            }

            if (Wants(QuizItemKind.TrueFalse))
            {
                yield return new Maker(QuizItemKind.TrueFalse, key, r => OfficeStatement(slot with { Year = Pick(slot.Years, r) }, r));
            }
        }

        if (Wants(QuizItemKind.MultipleChoice))
        {
            foreach (var historian in _context.Kb.Historians.Where(h => h.HistorianKind == HistorianKind.Historian))
            {
                foreach (var (index, argument, front) in CardDeck.Claims(historian, _context))
                {
                    var inSection = note is null || argument.Events.Any(note.Events.Contains) ||
                                    (argument.Events.Count == 0 && (note.Links.Contains(historian.Id) || historian.Works.Any(note.Links.Contains)));
                    var inTheme = request.Theme is null || argument.Themes.Contains(request.Theme) || (argument.Themes.Count == 0 && historian.Themes.Contains(request.Theme));
                    if (inSection && inTheme && (request.Entries is null || request.Entries.Contains(historian.Id)))
                    {
                        yield return new Maker(QuizItemKind.MultipleChoice, historian.Id, r => HistorianChoice(historian, index, argument, front, r));
                    }
                }
            }
        }

        if (Wants(QuizItemKind.Matching))
        {
            var treaties = _treaties.Where(t => EventIn(t.Event)).ToList();
            foreach (var treaty in treaties)
            {
                yield return new Maker(QuizItemKind.Matching, "matching:" + treaty.Event.Id, r => Matching(treaty, treaties, r));
            }
        }
    }

    /// <summary>"Which historian argues that …?" with three other historians who do not share the claim's events or school.</summary>
    private MultipleChoiceItem? HistorianChoice(Historian historian, int index, HistorianArgument argument, string front, Random random)
    {
        var events = argument.Events.ToHashSet(StringComparer.Ordinal);
        var others = _context.Kb.Historians
            .Where(h => h.HistorianKind == HistorianKind.Historian && h != historian && h.Title != historian.Title &&
                        (h.School is null || h.School != historian.School) && !h.Arguments.Any(a => a.Events.Any(events.Contains)))
            .OrderBy(_ => random.Next())
            .Take(3)
            .ToList();
        if (others.Count < 3)
        {
            return null;
        }

        var options = others.Append(historian).OrderBy(_ => random.Next()).ToList();
        return new MultipleChoiceItem
        {
            Id = $"quiz.mc-historian.{historian.Id}.{index + 1}",
            Prompt = front,
            Choices = ChoiceKind.Historian,
            Options = [.. options.Select(o => o.Title)],
            OptionIds = [.. options.Select(o => o.Id)],
            AnswerIndex = options.IndexOf(historian),
            Explanation = $"{historian.Title}: {argument.Claim}",
            Entries = [historian.Id, .. argument.Events],
            Section = argument.Events.Select(e => _context.SectionOfEvent(e)).FirstOrDefault(s => s is not null) ?? _context.SectionOf(historian.Id),
            Themes = argument.Themes.Count > 0 ? argument.Themes : historian.Themes,
        };
    }

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    private MultipleChoiceItem? DateChoice(Event ev, Random random)
    {
        var wording = _context.Wording(ev);
        var asked = wording.Asked!.Value;
        var wrong = Distractors.Dates(asked, _context.Period, 3, random);
        if (wrong.Count < 3)
        {
            return null;
        }

        var options = wrong.Append(asked).OrderBy(_ => random.Next()).ToList();
        return new MultipleChoiceItem
        {
            Id = $"quiz.mc-date.{ev.Id}",
            Prompt = wording.DateQuestion!,
            Choices = ChoiceKind.Date,
            Options = [.. options.Select(o => o.ToString())],
            DateOptions = options,
            AnswerIndex = options.IndexOf(asked),
            Explanation = wording.AskedPredicate!.Statement(Wording.When(ev.Date, wording.AskedPredicate)),
            Entries = [ev.Id],
            Section = _context.SectionOfEvent(ev.Id),
            Themes = ev.Themes,
        };
    }

    private MultipleChoiceItem? EventChoice(Event ev, string front, HistoricalDate shown, Random random)
    {
        var wording = _context.Wording(ev);
        bool SameKind(Event other) =>
            wording.ClassNoun is { } noun ? _context.Wording(other).ClassNoun == noun : other.Type == ev.Type;
        var wrong = Distractors.Events(ev, shown, SameKind, _context.Kb.Events, 3, random);
        if (wrong.Count < 3)
        {
            return null;
        }

        var options = wrong.Append(ev).OrderBy(_ => random.Next()).ToList();
        return new MultipleChoiceItem
        {
            Id = $"quiz.mc-event.{ev.Id}",
            Prompt = front,
            Choices = ChoiceKind.Event,
            Options = [.. options.Select(o => o.Title)],
            OptionIds = [.. options.Select(o => o.Id)],
            AnswerIndex = options.IndexOf(ev),
            Explanation = $"{ev.Title} ({Wording.Plain(ev.Date)}). {Wording.FirstSentences(ev.Summary, 6)}",
            Entries = [ev.Id, .. wrong.Select(w => w.Id)],
            Section = _context.SectionOfEvent(ev.Id),
            Themes = ev.Themes,
        };
    }

    private DateItem? TypedDate(Event ev, Random random)
    {
        var wording = _context.Wording(ev);
        var asked = wording.Asked!.Value;
        var precisions = Enumerable.Range((int)DatePrecision.Year, (int)asked.Precision - (int)DatePrecision.Year + 1).Select(p => (DatePrecision)p).ToList();
        var precision = precisions.Count == 0 ? asked.Precision : Pick(precisions, random);
        var answer = Wording.AtPrecision(asked, precision);
        return new DateItem
        {
            Id = $"quiz.date.{ev.Id}.{precision.ToString().ToLowerInvariant()}",
            Prompt = wording.AskedPredicate!.Question(Wording.Lead(precision)),
            Answer = answer,
            Known = ev.Date,
            Explanation = wording.AskedPredicate.Statement(Wording.When(ev.Date, wording.AskedPredicate)),
            Entries = [ev.Id],
            Section = _context.SectionOfEvent(ev.Id),
            Themes = ev.Themes,
        };
    }

    private TrueFalseItem? DateStatement(Event ev, Random random)
    {
        var wording = _context.Wording(ev);
        var asked = wording.Asked!.Value;
        var predicate = wording.AskedPredicate!;
        var isTrue = random.Next(2) == 0;
        var stated = asked;
        if (!isTrue)
        {
            var wrong = Distractors.Dates(asked, _context.Period, 1, random);
            if (wrong.Count == 0)
            {
                return null;
            }

            stated = wrong[0];
        }

        var statement = predicate.Statement(Wording.When(stated));
        var right = predicate.Statement(Wording.When(ev.Date, predicate));
        return new TrueFalseItem
        {
            Id = $"quiz.tf-date.{ev.Id}",
            Prompt = $"True or false? {statement} If it is false, give the right date.",
            Statement = statement,
            IsTrue = isTrue,
            Correction = isTrue ? null : asked.ToString(),
            CorrectionDate = isTrue ? null : asked,
            Explanation = isTrue ? $"True: {right}" : $"False: {right}",
            Entries = [ev.Id],
            Section = _context.SectionOfEvent(ev.Id),
            Themes = ev.Themes,
        };
    }

    /// <summary>"People's Commissar for Foreign Affairs", "Germany's Foreign Minister", "President of the United States".</summary>
    private string OfficePhrase(Role role)
    {
        var office = CardDeck.OfficeName(role, _context);
        if (role.Of is { } of && _context.Kb.Find<Actor>(of) is { ActorKind: ActorKind.State } state &&
            !office.Contains("People's Commissar", StringComparison.OrdinalIgnoreCase) &&
            !new[] { state.Title }.Concat(state.Aliases).Any(n => office.Contains(Wording.StripParenthesis(n), StringComparison.OrdinalIgnoreCase)))
        {
            var name = Wording.StateName(state, _context.Prose);
            return office.Contains(' ', StringComparison.Ordinal)
                ? $"{name}{(name.EndsWith('s') ? "'" : "'s")} {office}"
                : $"{office} of {name}";
        }

        return office;
    }

    private OfficeHolderItem OfficeHolder(OfficeSlot slot) => new OfficeHolderItem
    {
        Id = $"quiz.office.{slot.Holder.Id}.{CardDeck.Slug(slot.Role.Office)}.{slot.Year}",
        Prompt = $"Who was {OfficePhrase(slot.Role)} in {slot.Year}?",
        Holder = slot.Holder.Title,
        HolderId = slot.Holder.Id,
        Office = CardDeck.OfficeName(slot.Role, _context),
        Year = slot.Year,
        Explanation = $"{slot.Holder.Title} was {OfficePhrase(slot.Role)} ({slot.Role.Term}).",
        Entries = [slot.Holder.Id],
        Section = _context.SectionOf(slot.Holder.Id, HistoricalDate.FromYear(slot.Year)),
        Themes = slot.Holder.Themes,
    };

    private MultipleChoiceItem? PersonChoice(OfficeSlot slot, Random random)
    {
        var wrong = Distractors.People(slot, _slots, _context.Kb, 3, random);
        if (wrong.Count < 3)
        {
            return null;
        }

        var options = wrong.Append(slot.Holder).OrderBy(_ => random.Next()).ToList();
        return new MultipleChoiceItem
        {
            Id = $"quiz.mc-person.{slot.Holder.Id}.{CardDeck.Slug(slot.Role.Office)}.{slot.Year}",
            Prompt = $"Who was {OfficePhrase(slot.Role)} in {slot.Year}?",
            Choices = ChoiceKind.Person,
            Options = [.. options.Select(o => o.Title)],
            OptionIds = [.. options.Select(o => o.Id)],
            AnswerIndex = options.IndexOf(slot.Holder),
            Explanation = $"{slot.Holder.Title} was {OfficePhrase(slot.Role)} ({slot.Role.Term}).",
            Entries = [slot.Holder.Id, .. wrong.Select(w => w.Id)],
            Section = _context.SectionOf(slot.Holder.Id, HistoricalDate.FromYear(slot.Year)),
            Themes = slot.Holder.Themes,
        };
    }

    private TrueFalseItem? OfficeStatement(OfficeSlot slot, Random random)
    {
        var isTrue = random.Next(2) == 0;
        var person = slot.Holder;
        if (!isTrue)
        {
            var wrong = Distractors.People(slot, _slots, _context.Kb, 1, random);
            if (wrong.Count == 0)
            {
                return null;
            }

            person = wrong[0];
        }

        var office = OfficePhrase(slot.Role);
        var statement = $"{person.Title} was {office} in {slot.Year}.";
        return new TrueFalseItem
        {
            Id = $"quiz.tf-office.{slot.Holder.Id}.{CardDeck.Slug(slot.Role.Office)}.{slot.Year}",
            Prompt = $"True or false? {statement} If it is false, say who was.",
            Statement = statement,
            IsTrue = isTrue,
            Correction = isTrue ? null : slot.Holder.Title,
            Explanation = $"{(isTrue ? "True" : "False")}: {slot.Holder.Title} was {office} ({slot.Role.Term}).",
            Entries = isTrue ? [slot.Holder.Id] : [slot.Holder.Id, person.Id],
            Section = _context.SectionOf(slot.Holder.Id, HistoricalDate.FromYear(slot.Year)),
            Themes = slot.Holder.Themes,
        };
    }

    /// <summary>Four to six events around <paramref name="seed"/>, each at least two months clear of the next.</summary>
    private OrderingItem? Ordering(Event seed, List<Event> dated, Random random)
    {
        var size = random.Next(4, 7);
        var chosen = new List<Event> { seed };
        var nearby = dated
            .Where(e => e != seed && Math.Abs(e.Date.Year - seed.Date.Year) <= 8)
            .OrderBy(_ => random.Next())
            .ToList();
        foreach (var candidate in nearby)
        {
            if (chosen.Count >= size)
            {
                break;
            }

            if (chosen.All(c => Apart(c.Date, candidate.Date)))
            {
                chosen.Add(candidate);
            }
        }

        if (chosen.Count < 4)
        {
            return null;
        }

        var shown = chosen.OrderBy(_ => random.Next()).ToList();
        var order = shown.Select((e, i) => (e, i)).OrderBy(p => p.e.Date).Select(p => p.i).ToList();
        var earliest = order.Select(i => $"{shown[i].Title} ({Wording.Plain(shown[i].Date)})");
        return new OrderingItem
        {
            Id = "quiz.ordering." + string.Join('.', chosen.OrderBy(e => e.Date).Select(e => e.Id)),
            Prompt = "Put these events in order, earliest first.",
            Events = [.. shown.Select(e => e.Title)],
            Dates = [.. shown.Select(e => Wording.Plain(e.Date))],
            Order = order,
            Explanation = "In order: " + string.Join("; ", earliest) + ".",
            Entries = [.. chosen.Select(e => e.Id)],
            Section = _context.SectionOfEvent(seed.Id),
            Themes = seed.Themes,
        };
    }

    /// <summary>Whether one date ends at least two months before the other begins, so their order is plain at any precision.</summary>
    internal static bool Apart(HistoricalDate a, HistoricalDate b) =>
        a.Latest.AddDays(MinGapDays) < b.Earliest || b.Latest.AddDays(MinGapDays) < a.Earliest;

    private static string Right(Treaty treaty) => Wording.JoinAnd([.. treaty.Hidden.Select(a => a.Title)]);

    private MatchingItem? Matching(Treaty seed, List<Treaty> treaties, Random random)
    {
        var size = random.Next(3, 5);
        var chosen = new List<Treaty> { seed };
        foreach (var other in treaties.Where(t => t != seed).OrderBy(t => Math.Abs(t.Event.Date.Year - seed.Event.Date.Year)).ThenBy(_ => random.Next()).Take(8).OrderBy(_ => random.Next()))
        {
            if (chosen.Count < size && chosen.All(c => Right(c) != Right(other) && c.NounPhrase != other.NounPhrase))
            {
                chosen.Add(other);
            }
        }

        if (chosen.Count < 3)
        {
            return null;
        }

        var left = chosen.OrderBy(t => t.Event.Date).ToList();
        var right = chosen.OrderBy(_ => random.Next()).ToList();
        return new MatchingItem
        {
            Id = "quiz.matching." + string.Join('.', left.Select(t => t.Event.Id)),
            Prompt = "Match each treaty to those who signed it.",
            Left = [.. left.Select(t => t.Event.Title)],
            Right = [.. right.Select(Right)],
            Pairs = [.. left.Select(t => right.IndexOf(t))],
            Explanation = string.Join("; ", left.Select(t => $"{t.Event.Title} ({Wording.Plain(t.Event.Date)}): {Right(t)}")) + ".",
            Entries = [.. left.Select(t => t.Event.Id)],
            Section = _context.SectionOfEvent(seed.Event.Id),
            Themes = seed.Event.Themes,
        };
    }
}
