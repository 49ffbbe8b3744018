using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Clio.Cli.Study;
using Clio.Knowledge;
using Clio.Revision;
using Spectre.Console;

namespace Clio.Cli.Commands;

/// <summary>
/// <c>clio lesson [SECTION]</c>: a guided lesson of about six minutes on one notes section, reading alternating with
/// check questions, then self-review and practice questions. Without a section, lists the lessons.
/// <c>clio scenario [ID]</c>: a decision at a turning point, then what happened and what historians argue.
/// </summary>
internal static class LessonCommand
{
    public static Command CreateLesson(CliContext context)
    {
        var section = new Argument<string?>("SECTION") { Description = "The notes section to learn (omit to list them).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("lesson", "A six-minute guided lesson on one notes section.") { section };
        command.SetAction(parse =>
        {
            var kb = context.Knowledge(parse);
            var console = context.Console;
            if (parse.GetValue(section) is not { } id)
            {
                var table = new Table().Border(TableBorder.Simple);
                table.AddColumn("[bold]Section[/]");
                table.AddColumn("[bold]Title[/]");
                table.AddColumn(new TableColumn("[bold]Minutes[/]").RightAligned());
                foreach (var lesson in LessonBuilder.BuildAll(kb))
                {
                    table.AddRow(Markup.Escape(lesson.SectionId), Markup.Escape(lesson.Title), Math.Round(lesson.EstimatedTime.TotalMinutes).ToString(CultureInfo.InvariantCulture));
                }

                console.Write(table);
                console.MarkupLine("[grey]Start one with 'clio lesson SECTION'.[/]");
                return ExitCodes.Ok;
            }

            RevisionOptions.Check(kb, id, null);
            using var store = CliContext.OpenStore(parse, context.Env.Clock);
            var desk = new Desk(store, kb, context.Deck(parse), context.Env.Clock);
            var prompter = new Prompter(context.Env, console);
            Teach(console, prompter, desk, LessonBuilder.Build(kb, id));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command CreateScenario(CliContext context)
    {
        var idArg = new Argument<string?>("ID") { Description = "The scenario (omit to list them).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("scenario", "Decide at a turning point, then see what happened and what historians argue.") { idArg };
        command.SetAction(parse =>
        {
            var kb = context.Knowledge(parse);
            var console = context.Console;
            if (parse.GetValue(idArg) is not { } id)
            {
                var table = new Table().Border(TableBorder.Simple);
                table.AddColumn("[bold]Id[/]");
                table.AddColumn("[bold]Scenario[/]");
                foreach (var s in kb.Scenarios)
                {
                    table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Title));
                }

                console.Write(table);
                console.MarkupLine("[grey]Play one with 'clio scenario ID'.[/]");
                return ExitCodes.Ok;
            }

            var scenario = kb.Scenarios.FirstOrDefault(s => s.Id == id)
                ?? throw CliContext.UnknownId(id, Text.Suggestions.Nearest(id, kb.Scenarios.Select(s => s.Id), 3), "scenario");
            Play(console, new Prompter(context.Env, console), kb, scenario, new Random(id.Length));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Teach(IAnsiConsole console, Prompter prompter, Desk desk, Lesson lesson)
    {
        var asker = new QuizAsker(console, prompter, desk);
        console.MarkupLine($"[bold]{Markup.Escape(lesson.Title)}[/] [grey](about {Math.Round(lesson.EstimatedTime.TotalMinutes)} minutes; q stops)[/]");
        var checks = 0;
        var right = 0;
        foreach (var step in lesson.Steps)
        {
            console.WriteLine();
            switch (step)
            {
                case ReadingStep reading:
                    console.Write(new Rule($"[bold]{Markup.Escape(reading.Heading)}[/]").LeftJustified());
                    console.WriteLine(Plain(reading.Markdown, desk.Knowledge));
                    if (prompter.ReadChoice("[grey]Enter to go on[/]", "\n") is null)
                    {
                        return;
                    }

                    break;
                case CheckStep check:
                    checks++;
                    if (asker.Ask(check.Item, "Check") is not { } correct)
                    {
                        return;
                    }

                    right += correct ? 1 : 0;
                    break;
                case SelfReviewStep review:
                    console.MarkupLine($"[bold]Think it through:[/] {Markup.Escape(review.Question)}");
                    if (prompter.ReadChoice("[grey]Enter when you have your answer[/]", "\n") is null)
                    {
                        return;
                    }

                    if (review.Answer is { } outline)
                    {
                        console.MarkupLine($"[green]A strong answer:[/] {Markup.Escape(outline)}");
                    }

                    break;
                case PracticeStep practice:
                    console.MarkupLine($"[bold]Practice ({practice.Question.Marks} marks):[/] {Markup.Escape(practice.Question.Question)}");
                    console.MarkupLine($"[grey]What a top answer does: {Markup.Escape(practice.Question.Guidance)}[/]");
                    break;
            }
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Lesson done.[/] Checks: {right}/{checks}. [grey]Its cards are in 'clio review --section {Markup.Escape(lesson.SectionId)}'.[/]");
        foreach (var scenario in desk.Knowledge.Scenarios.Where(s => s.Section == lesson.SectionId))
        {
            console.MarkupLine($"[grey]Decide for yourself: 'clio scenario {Markup.Escape(scenario.Id)}' ({Markup.Escape(scenario.Title)}).[/]");
        }
    }

    /// <summary>Plays a scenario; false if the student stopped.</summary>
    private static bool Play(IAnsiConsole console, Prompter prompter, KnowledgeBase kb, Scenario scenario, Random random)
    {
        var run = ScenarioRun.Start(kb, scenario, random);
        console.Write(new Rule($"[bold]{Markup.Escape(scenario.Title)}[/]").LeftJustified());
        console.MarkupLine($"[italic]{Markup.Escape(run.Setting)}[/]");
        console.WriteLine(scenario.Situation.Trim());
        foreach (var choice in run.Choices)
        {
            console.MarkupLine($"  [bold]{choice.Label}[/]  {Markup.Escape(choice.Text)}");
        }

        while (true)
        {
            var typed = prompter.ReadLine("[blue]What do you do?[/]");
            if (typed is null || typed.Trim().Equals("q", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var result = run.Choose(typed);
            if (!result.Success)
            {
                console.MarkupLine($"[grey]{Markup.Escape(result.Error!)}[/]");
                continue;
            }

            var debrief = result.Value;
            console.MarkupLine(debrief.ChoseHistorical
                ? "[green]That is what was done.[/]"
                : $"[yellow]That is not what was done.[/] {Markup.Escape(debrief.Chosen.Consequence)}");
            console.MarkupLine($"[bold]What happened:[/] {Markup.Escape(debrief.Outcome)}");
            foreach (var reading in debrief.Debate)
            {
                console.MarkupLine($"  [bold]{Markup.Escape(reading.Name)}:[/] {Markup.Escape(reading.View)}");
            }

            return true;
        }
    }

    /// <summary>Markdown as plain terminal text: emphasis marks dropped, links (pack links and web links) as their text.</summary>
    private static string Plain(string markdown, KnowledgeBase kb)
    {
        var text = markdown.Replace("**", string.Empty, StringComparison.Ordinal);
        text = Regex.Replace(text, @"\[\[([^\]|]+)\|([^\]]+)\]\]", "$2");
        text = Regex.Replace(text, @"\[\[([^\]|]+)\]\]", m => kb.Find(m.Groups[1].Value)?.Title ?? m.Groups[1].Value);
        return Regex.Replace(text, @"\[([^\]]+)\]\([^)]*\)", "$1").Trim();
    }
}
