using System.CommandLine;
using Clio.Knowledge;
using Clio.Revision;

namespace Clio.Cli.Study;

/// <summary>The options that narrow revision to one notes section or one theme, checked against the pack.</summary>
internal static class RevisionOptions
{
    public static Option<string?> Section() => new("--section")
    {
        Description = "Only this notes section (its id, as in 'clio show').",
        HelpName = "SECTION",
    };

    public static Option<string?> Theme() => new("--theme")
    {
        Description = "Only this theme.",
        HelpName = "THEME",
    };

    /// <summary>Fails with the nearest ids when a section or theme is unknown.</summary>
    public static void Check(KnowledgeBase kb, string? section, string? theme)
    {
        if (section is not null && kb.Find<NoteSection>(section) is null)
        {
            throw CliContext.UnknownId(section, Text.Suggestions.Nearest(section, kb.Notes.Select(n => n.Id), 3), "section");
        }

        if (theme is not null && kb.FindTheme(theme) is null)
        {
            throw CliContext.UnknownId(theme, Text.Suggestions.Nearest(theme, kb.Themes.Select(t => t.Id), 3), "theme");
        }
    }

    public static IReadOnlyList<Card> Filter(KnowledgeBase kb, IReadOnlyList<Card> deck, string? section, string? theme)
    {
        Check(kb, section, theme);
        return [.. deck.Where(c => (section is null || c.Section == section) && (theme is null || c.Themes.Contains(theme)))];
    }
}
