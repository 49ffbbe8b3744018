using Clio.Dates;
using Clio.Knowledge;

namespace Clio.Revision;

/// <summary>
/// Wrong options that are worth considering: dates near the answer at its precision and inside the pack's period,
/// events of the same kind from nearby years, people who held the same or a like office. Never the answer again in
/// another form, never two the same.
/// </summary>
internal static class Distractors
{
    /// <summary>The most years a date distractor may be from the answer.</summary>
    public const int MaxYears = 5;

    /// <summary>Dates at the answer's precision, near it, inside <paramref name="period"/>; as many as can be found up to <paramref name="count"/>.</summary>
    public static List<HistoricalDate> Dates(HistoricalDate answer, HistoricalDate period, int count, Random random)
    {
        // Candidates come in classes (same year, other years, …); taking from each class in turn keeps the options
        // varied, so that the answer does not stand out as the one the others are built around.
        var classes = new List<List<HistoricalDate>> { new(), new(), new() };
        var day = answer.Earliest;
        switch (answer.Precision)
        {
            case DatePrecision.Year:
                for (var d = 1; d <= MaxYears; d++)
                {
                    classes[d % 2].Add(HistoricalDate.FromYear(day.Year + d));
                    classes[(d + 1) % 2].Add(HistoricalDate.FromYear(day.Year - d));
                }

                break;
            case DatePrecision.Month:
                foreach (var d in new[] { -4, -3, -2, -1, 1, 2, 3, 4 })
                {
                    var shifted = day.AddMonths(d);
                    classes[0].Add(HistoricalDate.FromMonth(shifted.Year, shifted.Month));
                }

                foreach (var d in new[] { -3, -2, -1, 1, 2, 3 })
                {
                    classes[1].Add(HistoricalDate.FromMonth(day.Year + d, day.Month));
                    var other = day.AddYears(d).AddMonths(random.Next(2, 6) * (d > 0 ? 1 : -1));
                    classes[2].Add(HistoricalDate.FromMonth(other.Year, other.Month));
                }

                break;
            case DatePrecision.Day:
                foreach (var d in new[] { -12, -9, -7, -5, -3, 3, 5, 7, 9, 12 })
                {
                    var shifted = day.AddDays(d);
                    if (shifted.Month == day.Month)
                    {
                        classes[0].Add(HistoricalDate.FromDay(shifted.Year, shifted.Month, shifted.Day));
                    }
                }

                foreach (var d in new[] { -3, -2, -1, 1, 2, 3 })
                {
                    var moved = day.AddYears(d);
                    classes[1].Add(HistoricalDate.FromDay(moved.Year, moved.Month, moved.Day));
                    var other = day.AddMonths(d * random.Next(1, 4)).AddDays(random.Next(-10, 11));
                    classes[2].Add(HistoricalDate.FromDay(other.Year, other.Month, other.Day));
                }

                break;
            default:
                break;
        }

        var queues = classes
            .Select(c => new Queue<HistoricalDate>(c.Where(d => d != answer && period.Contains(d) && Math.Abs(d.Year - answer.Year) <= MaxYears).Distinct().OrderBy(_ => random.Next())))
            .OrderBy(_ => random.Next())
            .ToList();
        var chosen = new List<HistoricalDate>();
        while (chosen.Count < count && queues.Any(q => q.Count > 0))
        {
            foreach (var queue in queues)
            {
                while (chosen.Count < count && queue.Count > 0)
                {
                    var next = queue.Dequeue();
                    if (!chosen.Contains(next))
                    {
                        chosen.Add(next);
                        break;
                    }
                }
            }
        }

        return chosen;
    }

    /// <summary>Events of the same kind as <paramref name="answer"/> from nearby years that could not be mistaken for it at <paramref name="shown"/>.</summary>
    public static List<Event> Events(Event answer, HistoricalDate shown, Func<Event, bool> sameKind, IReadOnlyList<Event> events, int count, Random random)
    {
        var title = answer.Title;
        var near = events
            .Where(e => e != answer && sameKind(e) && !e.Date.Overlaps(shown) && !string.Equals(e.Title, title, StringComparison.OrdinalIgnoreCase) &&
                        Math.Abs(e.Date.Year - answer.Date.Year) <= MaxYears)
            .OrderBy(e => Math.Abs(e.Date.Earliest.DayNumber - answer.Date.Earliest.DayNumber))
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(count * 3)
            .ToList();
        return [.. near.OrderBy(_ => random.Next()).Take(count)];
    }

    /// <summary>
    /// People who might have held an office: others who held it at other times, then people of the same country
    /// who held a like office, then people of the same country with any office, then people elsewhere who held an
    /// office sharing two key words with it. None held it in the slot's year; fewer than asked when no more fit.
    /// </summary>
    public static List<Actor> People(OfficeSlot slot, IReadOnlyList<OfficeSlot> allSlots, KnowledgeBase kb, int count, Random random)
    {
        var holder = slot.Holder;
        var year = HistoricalDate.FromYear(slot.Year);
        var officeWords = Wording.KeyTokens(slot.Role.Office).ToHashSet(StringComparer.Ordinal);
        bool Eligible(Actor a) => a.ActorKind == ActorKind.Person && a != holder && a.Title != holder.Title &&
                                  !a.Roles.Any(r => OfficeSlot.SameOffice(r, slot.Role) && r.MayOverlap(year));

        var sameOffice = allSlots.Where(s => s.Key == slot.Key).Select(s => s.Holder).Where(Eligible).Distinct().ToList();
        var people = kb.Actors.Where(a => a.Roles.Count > 0 && Eligible(a)).ToList();
        var likeOffice = people.Where(a => a.Country == holder.Country && a.Roles.Any(r => Wording.KeyTokens(r.Office).Any(officeWords.Contains))).ToList();
        var sameCountry = people.Where(a => a.Country == holder.Country).ToList();

        // Beyond the holder's own country only a like office will do: a foreign minister for a foreign minister.
        var likeAnywhere = people.Where(a => a.Roles.Any(r => Wording.KeyTokens(r.Office).Count(officeWords.Contains) >= 2)).ToList();
        var chosen = new List<Actor>();
        foreach (var tier in new[] { sameOffice, likeOffice, sameCountry, likeAnywhere })
        {
            foreach (var person in tier.OrderBy(_ => random.Next()))
            {
                if (chosen.Count < count && !chosen.Contains(person) && chosen.All(c => c.Title != person.Title))
                {
                    chosen.Add(person);
                }
            }
        }

        return chosen;
    }
}

/// <summary>An office held by exactly one person throughout a year: the basis of "Who was … in 1935?".</summary>
/// <param name="Holder">The holder.</param>
/// <param name="Role">The holder's term in the office.</param>
/// <param name="Key">The office and the body it belongs to, folded: one key per office.</param>
/// <param name="Years">The years in which the holder alone held it, all of them.</param>
internal sealed record OfficeSlot(Actor Holder, Role Role, string Key, IReadOnlyList<int> Years)
{
    /// <summary>The year a question asks about, chosen by the caller; the first of <see cref="Years"/> by default.</summary>
    public int Year { get; init; } = Years[0];

    // Offices several people hold at once, whatever the pack happens to list: no "Who was …?" can have one answer.
    private static readonly string[] SharedOffice = ["member", "deputy", "assistant", "adviser", "advisor", "delegate", "representative", "officer", "agent", "intelligence"];

    public static string KeyOf(Role role) => Wording.StripParenthesis(role.Office).ToLowerInvariant() + "|" + role.Of;

    public static bool SameOffice(Role a, Role b) => KeyOf(a) == KeyOf(b);

    /// <summary>Every office-year held by one person alone inside the period, one slot per term.</summary>
    public static List<OfficeSlot> All(KnowledgeBase kb, HistoricalDate period)
    {
        var roles = kb.Actors
            .Where(a => a.ActorKind == ActorKind.Person)
            .SelectMany(a => a.Roles.Select(r => (Person: a, Role: r)))
            .Where(p => !SharedOffice.Any(w => p.Role.Office.Contains(w, StringComparison.OrdinalIgnoreCase)) && !p.Role.From.IsApproximate)
            .ToList();
        var slots = new List<OfficeSlot>();
        foreach (var group in roles.GroupBy(p => KeyOf(p.Role), StringComparer.Ordinal))
        {
            foreach (var (person, role) in group)
            {
                var last = role.To?.Year ?? Math.Min(period.Latest.Year, person.Died?.Year ?? period.Latest.Year);
                var years = new List<int>();
                for (var y = role.From.Year; y <= last; y++)
                {
                    var year = HistoricalDate.FromYear(y);
                    if (period.Contains(year) && role.CoversWholly(year) &&
                        !group.Any(o => o.Role != role && o.Role.MayOverlap(year)))
                    {
                        years.Add(y);
                    }
                }

                if (years.Count > 0)
                {
                    slots.Add(new OfficeSlot(person, role, group.Key, years));
                }
            }
        }

        return slots;
    }
}
