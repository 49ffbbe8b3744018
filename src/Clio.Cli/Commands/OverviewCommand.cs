using System.CommandLine;
using Spectre.Console;

namespace Clio.Cli.Commands;

/// <summary><c>clio</c> with no command: what the pack holds and where to start.</summary>
internal static class OverviewCommand
{
    public static int Run(CliContext context, ParseResult parse)
    {
        var kb = context.Knowledge(parse);
        var console = context.Console;
        console.MarkupLine($"[bold]{Markup.Escape(kb.Pack.Title)}[/] [grey]({Markup.Escape(kb.Pack.Period)})[/]");
        console.MarkupLine($"{kb.Events.Count} events, {kb.Actors.Count} people, states and organisations, {kb.Historians.Count} historians, {kb.Terms.Count} terms, {kb.Notes.Count} study-note sections, {kb.Sources.Count} sources.");
        console.WriteLine();
        var table = new Table().Border(TableBorder.None).HideHeaders().AddColumns("command", "what it does");
        table.AddRow("[bold]clio timeline[/] [grey]--from 1933 --to 1939[/]", "the events in date order");
        table.AddRow("[bold]clio search[/] [grey]molotov ribbentrop[/]", "find anything, typos and all");
        table.AddRow("[bold]clio show[/] [grey]nazi-soviet-pact[/]", "one entry with its links and sources");
        table.AddRow("[bold]clio pack validate[/] [grey]DIR[/]", "check a pack you have written");
        console.Write(table);
        console.MarkupLine("[grey]Add --json to any command for machine-readable output; --help for every option.[/]");
        return ExitCodes.Ok;
    }
}
