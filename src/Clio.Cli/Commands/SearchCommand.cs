using System.CommandLine;
using Clio.Cli.Output;
using Spectre.Console;

namespace Clio.Cli.Commands;

/// <summary><c>clio search QUERY</c>: ranked full-text search over every entry.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string[]>("query") { Description = "The words to find; typos, accents and case do not matter.", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit") { Description = "How many results at most.", DefaultValueFactory = _ => 10, HelpName = "N" };
        var json = CliContext.JsonOption();
        var command = new Command("search", "Search events, people, historians, terms, sources and notes.") { query, limit, json };
        command.SetAction(parse =>
        {
            var max = parse.GetValue(limit);
            if (max is < 1 or > 1000)
            {
                throw CliFailure.BadInput("--limit takes a number from 1 to 1000");
            }

            var text = string.Join(' ', parse.GetValue(query) ?? []).Trim();
            if (text.Length == 0)
            {
                throw CliFailure.BadInput("the search query is empty");
            }

            var hits = context.Index(parse).Search(text, max);
            if (parse.GetValue(json))
            {
                Json.Write(context.Out, hits.Select(h => new SearchHitJson(h.Entry.Kind.ToString().ToLowerInvariant(), h.Entry.Id, h.Entry.Title, h.Snippet, h.Score)).ToList());
                return ExitCodes.Ok;
            }

            if (hits.Count == 0)
            {
                context.Console.WriteLine($"Nothing matches '{text}'.");
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Simple).Expand();
            table.AddColumn(new TableColumn("[bold]#[/]").RightAligned());
            table.AddColumn(new TableColumn("[bold]Kind[/]").NoWrap());
            table.AddColumn(new TableColumn("[bold]Entry[/]"));
            var rank = 1;
            foreach (var hit in hits)
            {
                var cell = $"[bold]{Markup.Escape(hit.Entry.Title)}[/] [grey]{Markup.Escape(hit.Entry.Id)}[/]\n{Markup.Escape(hit.Snippet)}";
                table.AddRow(new Markup((rank++).ToString(System.Globalization.CultureInfo.InvariantCulture)), new Markup(hit.Entry.Kind.ToString().ToLowerInvariant()), new Markup(cell));
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
