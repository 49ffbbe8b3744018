using Clio.Revision;
using Clio.Storage;
using Spectre.Console;

namespace Clio.Cli.Study;

/// <summary>Asks one quiz question, grades the typed answer, explains it and saves the grade as a rating.</summary>
internal sealed class QuizAsker(IAnsiConsole console, Prompter prompter, Desk desk)
{
    private readonly AnswerGrader _grader = new(desk.Knowledge);

    /// <summary>True if answered right, false if wrong, null if the student stopped.</summary>
    public bool? Ask(QuizItem item, string counter)
    {
        console.WriteLine();
        console.MarkupLine($"[grey]{Markup.Escape(counter)}[/] [bold]{Markup.Escape(item.Prompt)}[/]");
        Show(console, item);
        var started = desk.Clock.GetTimestamp();
        var typed = prompter.ReadLine($"[blue]{Markup.Escape(Hint(item))}[/]");
        if (typed is null || typed.Trim().Equals("q", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var elapsed = desk.Clock.GetElapsedTime(started);
        var grade = _grader.Grade(item, typed, elapsed);
        var verdict = grade.Correct ? "[green]Right.[/]" : grade.NearMiss ? "[yellow]Nearly.[/]" : "[red]Wrong.[/]";
        console.MarkupLine($"{verdict} {Markup.Escape(grade.Explanation)}");
        desk.Record(item.Id, desk.StateOf(item.Id), grade.Rating, elapsed, ReviewKind.Quiz);
        return grade.Correct;
    }

    private static void Show(IAnsiConsole console, QuizItem item)
    {
        switch (item)
        {
            case MultipleChoiceItem choice:
                for (var i = 0; i < choice.Options.Count; i++)
                {
                    console.MarkupLine($"  [bold]{(char)('A' + i)}[/]  {Markup.Escape(choice.Options[i])}");
                }

                break;
            case OrderingItem ordering:
                for (var i = 0; i < ordering.Events.Count; i++)
                {
                    console.MarkupLine($"  [bold]{(char)('A' + i)}[/]  {Markup.Escape(ordering.Events[i])}");
                }

                break;
            case MatchingItem matching:
                var table = new Table().Border(TableBorder.None).HideHeaders();
                table.AddColumn(string.Empty);
                table.AddColumn(string.Empty);
                for (var i = 0; i < Math.Max(matching.Left.Count, matching.Right.Count); i++)
                {
                    var left = i < matching.Left.Count ? $"[bold]{i + 1}[/] {Markup.Escape(matching.Left[i])}" : string.Empty;
                    var right = i < matching.Right.Count ? $"[bold]{(char)('A' + i)}[/] {Markup.Escape(matching.Right[i])}" : string.Empty;
                    table.AddRow(left, right);
                }

                console.Write(table);
                break;
            case TrueFalseItem statement:
                console.MarkupLine($"  “{Markup.Escape(statement.Statement)}”");
                break;
        }
    }

    private static string Hint(QuizItem item) => item switch
    {
        MultipleChoiceItem => "Your choice (A–D):",
        OrderingItem o => $"Letters, earliest first (e.g. {string.Concat(Enumerable.Range(0, o.Events.Count).Reverse().Select(i => (char)('A' + i)))}):",
        MatchingItem m => $"A letter for each of 1–{m.Left.Count}, in order:",
        TrueFalseItem => "True, or false and the correction:",
        DateItem => "The date:",
        _ => "Your answer:",
    };
}
