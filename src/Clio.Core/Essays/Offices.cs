using Clio.Knowledge;
using Clio.Text;

namespace Clio.Essays;

/// <summary>
/// The kinds of office students name, the phrases they name them with, and which roles of the knowledge base
/// count as holding them. "Foreign minister" said of a Soviet commissar means the foreign commissar.
/// </summary>
internal static class Offices
{
    public sealed record Category(string Name, string Display, string[][] Phrases, Func<string, bool> Holds);

    public static readonly Category[] All =
    [
        new("foreign", "foreign minister", Phrases(
                "foreign commissar", "commissar for foreign affairs", "foreign affairs commissar", "people's commissar for foreign affairs",
                "foreign minister", "minister for foreign affairs", "minister of foreign affairs", "foreign secretary",
                "commissar of foreign affairs", "head of narkomindel"),
            office => Contains(office, "foreign") && !Contains(office, "deputy") && !Contains(office, "under-secretary") && !Contains(office, "shadow")),
        new("government", "head of government", Phrases(
                "prime minister", "premier", "head of government", "head of the government", "chairman of sovnarkom",
                "chairman of the council of people's commissars", "head of sovnarkom"),
            office => Contains(office, "prime minister") || Contains(office, "chairman of the council of people's commissars") ||
                      Contains(office, "président du conseil") || Contains(office, "premier")),
        new("chancellor", "chancellor", Phrases("chancellor of germany", "german chancellor", "reich chancellor", "chancellor"),
            office => Contains(office, "chancellor") && !Contains(office, "exchequer")),
        new("secretary", "General Secretary of the party", Phrases("general secretary", "gensek", "party secretary", "secretary general of the party"),
            office => Contains(office, "general secretary")),
        new("defence", "commissar for war or defence", Phrases(
                "commissar for defence", "defence commissar", "commissar of defence", "war commissar", "commissar for war",
                "commissar for military and naval affairs", "minister of war", "war minister"),
            office => (Contains(office, "defence") || Contains(office, "military and naval") || Contains(office, "war")) &&
                      (Contains(office, "commissar") || Contains(office, "minister")) && !Contains(office, "deputy")),
        new("comintern", "head of the Comintern", Phrases(
                "head of the comintern", "led the comintern", "leader of the comintern", "chairman of the comintern",
                "comintern chairman", "comintern leader", "headed the comintern", "ran the comintern", "in charge of the comintern",
                "general secretary of the comintern", "president of the comintern"),
            office => Contains(office, "comintern") && !Contains(office, "deputy") &&
                      (Contains(office, "chairman") || Contains(office, "general secretary") || Contains(office, "leading") || Contains(office, "president") || Contains(office, "head"))),
        new("nkvd", "head of the NKVD", Phrases(
                "head of the nkvd", "nkvd chief", "chief of the nkvd", "led the nkvd", "headed the nkvd", "ran the nkvd",
                "nkvd head", "commissar for internal affairs", "people's commissar for internal affairs", "in charge of the nkvd"),
            office => (Contains(office, "internal affairs") || Contains(office, "nkvd")) && !Contains(office, "deputy")),
        new("president", "president", Phrases("president of the united states", "us president", "american president", "president"),
            office => office.StartsWith("President", StringComparison.Ordinal)),
    ];

    private static bool Contains(string office, string part) => office.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static string[][] Phrases(params string[] phrases) =>
        [.. phrases.Select(p => TextFolding.Tokenize(p).Select(t => t.Token).ToArray()).OrderByDescending(p => p.Length)];

    /// <summary>Every office's phrases.</summary>
    public static readonly PhraseSet<Category> Names = new(All.SelectMany(c => c.Phrases.Select(p => (p, c))), WordClass.OfficeStart);

    /// <summary>The office categories named in a sentence, with the index of the first word of each phrase.</summary>
    public static List<(Category Category, int Word)> Find(Sentence sentence)
    {
        var found = new List<(Category, int)>();
        var used = new bool[sentence.Words.Count];
        foreach (var (at, length, category) in Names.FindAll(sentence.Infos))
        {
            if (Enumerable.Range(at, length).Any(k => used[k]))
            {
                continue;
            }

            found.Add((category, at));
            for (var k = at; k < at + length; k++)
            {
                used[k] = true;
            }
        }

        return found;
    }

    /// <summary>A person's terms in an office category, with adjacent or overlapping terms merged.</summary>
    public static List<(Role First, Role Last)> Terms(Actor person, Category category)
    {
        var roles = person.Roles.Where(r => category.Holds(r.Office)).OrderBy(r => r.From).ToList();
        var merged = new List<(Role First, Role Last)>();
        foreach (var role in roles)
        {
            if (merged.Count > 0)
            {
                var (first, last) = merged[^1];
                if (last.To is null || role.From.Earliest <= last.To.Value.Latest.AddDays(1))
                {
                    var later = last.To is null || (role.To is not null && role.To.Value.Latest <= last.To.Value.Latest) ? last : role;
                    merged[^1] = (first, later);
                    continue;
                }
            }

            merged.Add((role, role));
        }

        return merged;
    }
}
