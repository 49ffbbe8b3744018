using System.CommandLine;
using Clio.Cli.Output;
using Clio.Knowledge;
using Clio.Text;
using Spectre.Console;

namespace Clio.Cli.Commands;

/// <summary><c>clio timeline</c>: the events in date order, filtered by years, theme or actor.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<int?>("--from") { Description = "Only events that end in or after this year.", HelpName = "YEAR" };
        var to = new Option<int?>("--to") { Description = "Only events that start in or before this year.", HelpName = "YEAR" };
        var theme = new Option<string?>("--theme") { Description = "Only events of this theme (e.g. collective-security).", HelpName = "T" };
        var actor = new Option<string?>("--actor") { Description = "Only events this actor took part in (e.g. litvinov).", HelpName = "ID" };
        var json = CliContext.JsonOption();
        var command = new Command("timeline", "List the events in date order.") { from, to, theme, actor, json };
        command.SetAction(parse =>
        {
            var kb = context.Knowledge(parse);
            var events = Filter(kb, parse.GetValue(from), parse.GetValue(to), parse.GetValue(theme), parse.GetValue(actor));
            if (parse.GetValue(json))
            {
                Json.Write(context.Out, events.Select(EventJson.From).ToList());
            }
            else
            {
                Render(context.Console, kb, events);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static List<Event> Filter(KnowledgeBase kb, int? from, int? to, string? theme, string? actor)
    {
        if (from is < 1 or > 9999 || to is < 1 or > 9999)
        {
            throw CliFailure.BadInput("--from and --to take a year between 1 and 9999");
        }

        if (from > to)
        {
            throw CliFailure.BadInput($"--from {from} comes after --to {to}");
        }

        if (theme is not null && kb.FindTheme(theme) is null)
        {
            throw CliContext.UnknownId(theme, Suggestions.Nearest(theme, kb.Themes.Select(t => t.Id)), "theme");
        }

        if (actor is not null && kb.Find<Actor>(actor) is null)
        {
            throw CliContext.UnknownId(actor, Suggestions.Nearest(actor, kb.Actors.Select(a => a.Id)), "actor");
        }

        var start = from is null ? DateOnly.MinValue : new DateOnly(from.Value, 1, 1);
        var end = to is null ? DateOnly.MaxValue : new DateOnly(to.Value, 12, 31);
        return [.. kb.Events.Where(e =>
            e.Date.Latest >= start && e.Date.Earliest <= end &&
            (theme is null || e.Themes.Contains(theme)) &&
            (actor is null || e.Actors.Contains(actor)))];
    }

    private static void Render(IAnsiConsole console, KnowledgeBase kb, List<Event> events)
    {
        if (events.Count == 0)
        {
            console.WriteLine("No events match.");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn(new TableColumn("[bold]Date[/]").NoWrap());
        table.AddColumn(new TableColumn("[bold]Event[/]"));
        table.AddColumn(new TableColumn("[bold]Type[/]").NoWrap());
        int? year = null;
        foreach (var e in events)
        {
            if (year != e.Date.Year)
            {
                if (year is not null)
                {
                    table.AddEmptyRow();
                }

                year = e.Date.Year;
            }

            var title = $"[bold]{Markup.Escape(e.Title)}[/] [grey]{Markup.Escape(e.Id)}[/]";
            table.AddRow(new Markup(Markup.Escape(e.Date.ToString())), new Markup(title), new Markup(Markup.Escape(e.Type)));
        }

        console.Write(table);
        console.MarkupLine($"[grey]{events.Count} event(s) from {Markup.Escape(kb.Pack.Title)}. 'clio show ID' opens one.[/]");
    }
}
