using System.CommandLine;
using Clio.Cli.Output;
using Spectre.Console;

namespace Clio.Cli.Commands;

/// <summary><c>clio questions</c>: the exam questions of the pack.</summary>
internal static class QuestionsCommand
{
    public static Command Create(CliContext context)
    {
        var json = CliContext.JsonOption();
        var command = new Command("questions", "List the essay questions, with their boards and marks.") { json };
        command.SetAction(parse =>
        {
            var kb = context.Knowledge(parse);
            if (parse.GetValue(json))
            {
                Json.Write(context.Out, kb.Questions.Select(QuestionJson.From).ToList());
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Simple).Expand();
            table.AddColumn(new TableColumn("[bold]Id[/]").NoWrap());
            table.AddColumn(new TableColumn("[bold]Question[/]"));
            table.AddColumn(new TableColumn("[bold]Board[/]"));
            table.AddColumn(new TableColumn("[bold]Marks[/]").RightAligned());
            foreach (var q in kb.Questions)
            {
                var examined = q.Examined is { } year ? $" [grey](examined {year})[/]" : string.Empty;
                table.AddRow(
                    new Markup(Markup.Escape(q.Id)),
                    new Markup(Markup.Escape(q.Title) + examined),
                    new Markup(Markup.Escape(q.Board ?? q.SchemeId)),
                    new Markup(q.Marks.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            context.Console.Write(table);
            context.Console.MarkupLine("[grey]Mark an essay with 'clio feedback --question ID FILE'.[/]");
            return ExitCodes.Ok;
        });
        return command;
    }
}
