using System.Text;

namespace Clio.Knowledge;

/// <summary>A bibliography entry, with the fields a citation needs.</summary>
public sealed class Source : Entry
{
    /// <summary>The kinds of source a pack may list.</summary>
    public static IReadOnlyList<string> Types { get; } =
        ["book", "article", "chapter", "document", "collection", "website", "reference"];

    /// <summary>One of <see cref="Types"/>.</summary>
    public required string SourceType { get; init; }

    /// <summary>The authors, each as "Family, Given".</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The editors, each as "Family, Given".</summary>
    public IReadOnlyList<string> Editors { get; init; } = [];

    /// <summary>The year of publication, as written (a range such as "1951–53" is allowed).</summary>
    public string? Year { get; init; }

    /// <summary>The publisher.</summary>
    public string? Publisher { get; init; }

    /// <summary>The place of publication.</summary>
    public string? Place { get; init; }

    /// <summary>The journal an article is in.</summary>
    public string? Journal { get; init; }

    /// <summary>The journal volume.</summary>
    public string? Volume { get; init; }

    /// <summary>The journal issue.</summary>
    public string? Issue { get; init; }

    /// <summary>The pages of an article or chapter.</summary>
    public string? Pages { get; init; }

    /// <summary>The book a chapter is in.</summary>
    public string? In { get; init; }

    /// <summary>The edition.</summary>
    public string? Edition { get; init; }

    /// <summary>A web address.</summary>
    public string? Url { get; init; }

    /// <summary>A note on the source.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public override EntryKind Kind => EntryKind.Source;

    /// <inheritdoc />
    public override string Description => Citation;

    /// <summary>A full reference in a plain author–date style: Haslam, Jonathan (1984) <i>Title</i>. London: Macmillan.</summary>
    public string Citation
    {
        get
        {
            var text = new StringBuilder();
            var names = Authors.Count > 0 ? Authors : Editors;
            if (names.Count > 0)
            {
                text.Append(JoinNames(names));
                if (Authors.Count == 0)
                {
                    text.Append(Editors.Count > 1 ? " (eds)" : " (ed.)");
                }

                text.Append(' ');
            }

            if (Year is not null)
            {
                text.Append('(').Append(Year).Append(") ");
            }

            if (SourceType is "article" or "chapter")
            {
                text.Append('\u2018').Append(Title).Append('\u2019');
                var container = SourceType == "article" ? Journal : In;
                if (container is not null)
                {
                    text.Append(SourceType == "chapter" ? ", in " : ", ").Append(container);
                }

                if (Volume is not null)
                {
                    text.Append(' ').Append(Volume);
                }

                if (Issue is not null)
                {
                    text.Append(" (").Append(Issue).Append(')');
                }

                if (Pages is not null)
                {
                    text.Append(", pp. ").Append(Pages);
                }
            }
            else
            {
                text.Append(Title);
            }

            if (Edition is not null)
            {
                text.Append(", ").Append(Edition);
            }

            text.Append('.');
            if (Publisher is not null)
            {
                text.Append(' ');
                if (Place is not null)
                {
                    text.Append(Place).Append(": ");
                }

                text.Append(Publisher).Append('.');
            }

            if (Url is not null)
            {
                text.Append(' ').Append(Url);
            }

            return text.ToString();
        }
    }

    private static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
