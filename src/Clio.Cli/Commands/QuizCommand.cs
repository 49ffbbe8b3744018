using System.CommandLine;
using Clio.Cli.Study;
using Clio.Revision;
using Spectre.Console;

namespace Clio.Cli.Commands;

/// <summary>
/// <c>clio quiz</c>: questions generated from the knowledge base (choices, order, dates, office-holders, matching,
/// true or false). Typed answers are graded; the grade and the time taken are saved as the question's rating.
/// </summary>
internal static class QuizCommand
{
    public static Command Create(CliContext context)
    {
        var count = new Option<int>("--count") { Description = "How many questions.", DefaultValueFactory = _ => 10, HelpName = "N" };
        var seed = new Option<int?>("--seed") { Description = "Ask the same questions again: the quiz is fixed by this number.", HelpName = "N" };
        var section = RevisionOptions.Section();
        var theme = RevisionOptions.Theme();
        var command = new Command("quiz", "A quiz on the whole topic, one notes section or one theme.") { count, seed, section, theme };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(count);
            if (n is < 1 or > 100)
            {
                throw CliFailure.BadInput("--count must be between 1 and 100");
            }

            var kb = context.Knowledge(parse);
            RevisionOptions.Check(kb, parse.GetValue(section), parse.GetValue(theme));
            var clock = context.Env.Clock;
            var quizSeed = parse.GetValue(seed) ?? (int)(clock.GetUtcNow().ToUnixTimeSeconds() % int.MaxValue);
            var items = new QuizGenerator(kb).Generate(
                new QuizRequest { Count = n, Section = parse.GetValue(section), Theme = parse.GetValue(theme) },
                new Random(quizSeed));
            var console = context.Console;
            if (items.Count == 0)
            {
                console.MarkupLine("[yellow]No questions can be made for that choice.[/]");
                return ExitCodes.Ok;
            }

            using var store = CliContext.OpenStore(parse, clock);
            var desk = new Desk(store, kb, context.Deck(parse), clock);
            Run(console, new Prompter(context.Env, console), desk, items, quizSeed);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Run(IAnsiConsole console, Prompter prompter, Desk desk, IReadOnlyList<QuizItem> items, int seed)
    {
        var asker = new QuizAsker(console, prompter, desk);
        var right = 0;
        var asked = 0;
        console.MarkupLine($"[bold]Quiz: {items.Count} questions[/] [grey](seed {seed}; type q to stop)[/]");
        foreach (var item in items)
        {
            if (asker.Ask(item, $"{asked + 1}/{items.Count}") is not { } correct)
            {
                break;
            }

            asked++;
            right += correct ? 1 : 0;
        }

        console.WriteLine();
        var share = asked == 0 ? 0 : right / (double)asked;
        console.MarkupLine($"[bold]Score: {right}/{asked}[/] ({Figures.Percent(share)}). [grey]Answers are saved; 'clio stats' shows mastery by section.[/]");
    }
}
