using System.CommandLine;
using Clio.Cli.Output;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Clio.Cli.Commands;

/// <summary><c>clio show ID</c>: one entry of any kind, with its links.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The id of an event, actor, historian, term, source, note or theme." };
        var json = CliContext.JsonOption();
        var command = new Command("show", "Show one entry with its links.") { id, json };
        command.SetAction(parse =>
        {
            var kb = context.Knowledge(parse);
            var wanted = parse.GetValue(id)!.Trim();
            EntryJson view;
            if (kb.Find(wanted) is { } entry)
            {
                view = EntryViews.Build(entry, kb);
            }
            else if (kb.FindTheme(wanted) is { } theme)
            {
                view = EntryViews.Build(theme, kb);
            }
            else
            {
                throw CliContext.UnknownId(wanted, kb.Suggest(wanted));
            }

            if (parse.GetValue(json))
            {
                Json.Write(context.Out, view);
            }
            else
            {
                Render(context.Console, view);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, EntryJson v)
    {
        var rows = new List<IRenderable>();
        var heading = $"[bold]{Markup.Escape(v.Title)}[/]  [grey]{v.Kind}{(v.Type is null ? string.Empty : " · " + Markup.Escape(v.Type))} · {Markup.Escape(v.Id)}[/]";
        rows.Add(new Markup(heading));
        Field(rows, "Date", v.Display is null ? null : v.Display + (v.Julian is null ? string.Empty : string.Empty));
        Field(rows, "Place", v.Place);
        Field(rows, "Born", v.Born);
        Field(rows, "Died", v.Died);
        Field(rows, "Country", v.Country?.Title);
        Field(rows, "School", v.School?.Title);
        Field(rows, "Also called", v.Aliases.Count > 0 ? string.Join("; ", v.Aliases) : null);
        Paragraph(rows, "Summary", v.Summary);
        Paragraph(rows, "Significance", v.Significance);
        Paragraph(rows, "Definition", v.Definition);
        Paragraph(rows, "Argument", v.Argument);
        Paragraph(rows, "Reference", v.Citation);

        if (v.Roles is { Count: > 0 } roles)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns("[bold]Office[/]", "[bold]Term[/]");
            foreach (var role in roles)
            {
                table.AddRow(Markup.Escape(role.Office + (role.Of is null ? string.Empty : $" ({role.Of})")), Markup.Escape(role.Term));
            }

            rows.Add(new Markup("\n[bold]Offices[/]"));
            rows.Add(table);
        }

        if (v.Arguments is { Count: > 0 } arguments)
        {
            List(rows, "Claims", arguments.Select(a => a.Claim));
        }

        Links(rows, "Actors", v.Actors);
        Links(rows, "Members", v.Members);
        Links(rows, "Coined by", v.CoinedBy);
        Links(rows, "Championed by", v.ChampionedBy);
        Links(rows, "Causes", v.Causes);
        Links(rows, "Related", v.Related);
        Links(rows, "Events", v.Events);
        Links(rows, "Study notes", v.Notes);
        Links(rows, "Cited by", v.CitedBy);
        if (v.Themes is { Count: > 0 } themes)
        {
            Field(rows, "Themes", string.Join(", ", themes));
        }

        if (v.Markdown is not null)
        {
            rows.Add(new Spectre.Console.Text("\n" + v.Markdown.Trim()));
        }

        if (v.Sources is { Count: > 0 } sources)
        {
            List(rows, "Sources", sources.Select(s => s.Citation + (s.Pages is null ? string.Empty : $", p. {s.Pages}")));
        }

        rows.Add(new Markup($"\n[grey]{Markup.Escape($"{v.File}:{v.Line}")}[/]"));
        console.Write(new Rows(rows));
    }

    private static void Field(List<IRenderable> rows, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add(new Markup($"[bold]{label}:[/] {Markup.Escape(value)}"));
        }
    }

    private static void Paragraph(List<IRenderable> rows, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add(new Markup($"\n[bold]{label}[/]"));
            rows.Add(new Spectre.Console.Text(value.Trim()));
        }
    }

    private static void List(List<IRenderable> rows, string label, IEnumerable<string> items)
    {
        rows.Add(new Markup($"\n[bold]{label}[/]"));
        foreach (var item in items)
        {
            rows.Add(new Spectre.Console.Text("  • " + item));
        }
    }

    private static void Links(List<IRenderable> rows, string label, IReadOnlyList<LinkJson>? links)
    {
        if (links is { Count: > 0 })
        {
            List(rows, label, links.Select(l => $"{l.Title} [{l.Id}]"));
        }
    }
}
