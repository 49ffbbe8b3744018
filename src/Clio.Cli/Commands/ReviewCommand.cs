using System.CommandLine;
using System.Globalization;
using Clio.Cli.Study;
using Clio.Revision;
using Clio.Revision.Planning;
using Clio.Scheduling;
using Clio.Storage;
using Spectre.Console;

namespace Clio.Cli.Commands;

/// <summary>
/// <c>clio review</c>: today's flashcards. Cards with a short answer are typed and graded, so the grade and the
/// time taken become the rating; open cards are shown, then rated with one key. Each answer is saved at once.
/// </summary>
internal static class ReviewCommand
{
    private const int DefaultNewPerDay = 10;

    // Cards in learning come back within the session when their step is this short.
    private static readonly TimeSpan SessionHorizon = TimeSpan.FromMinutes(20);

    public static Command Create(CliContext context)
    {
        var limit = new Option<int>("--limit") { Description = "The most cards in this session.", DefaultValueFactory = _ => 50, HelpName = "N" };
        var newCards = new Option<int?>("--new") { Description = "New cards to learn today (default: the exam plan's share, or 10).", HelpName = "N" };
        var section = RevisionOptions.Section();
        var theme = RevisionOptions.Theme();
        var command = new Command("review", "Review the flashcards that are due, and learn new ones.") { limit, newCards, section, theme };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1 || parse.GetValue(newCards) is < 0)
            {
                throw CliFailure.BadInput("--limit must be at least 1 and --new at least 0");
            }

            var kb = context.Knowledge(parse);
            var deck = RevisionOptions.Filter(kb, context.Deck(parse), parse.GetValue(section), parse.GetValue(theme));
            using var store = CliContext.OpenStore(parse, context.Env.Clock);
            var desk = new Desk(store, kb, deck, context.Env.Clock);
            var queue = BuildQueue(desk, parse.GetValue(limit), parse.GetValue(newCards));
            var console = context.Console;
            if (queue.Count == 0)
            {
                var next = deck.Where(desk.Cards.IsSeen).Select(c => desk.Cards.State(c, desk.Now).Due).DefaultIfEmpty().Min();
                var when = next == default ? string.Empty : $" The next card is due {desk.WhenDue(next)}.";
                console.MarkupLine($"[green]Nothing is due.[/]{Markup.Escape(when)} Try 'clio quiz' or 'clio plan'.");
                return ExitCodes.Ok;
            }

            Run(console, new Prompter(context.Env, console), desk, queue);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<Card> BuildQueue(Desk desk, int limit, int? newWanted)
    {
        var now = desk.Now;
        var due = desk.Cards.Deck
            .Where(desk.Cards.IsSeen)
            .Select(c => (Card: c, State: desk.Cards.State(c, now)))
            .Where(p => p.State.Due <= now)
            .OrderBy(p => p.State.Due)
            .Select(p => p.Card)
            .Take(limit)
            .ToList();
        var today = ExamPlanner.Today(desk.Clock);
        var learnedToday = desk.Store.DailyStats(today, today, desk.Clock.LocalTimeZone)[0].FirstReviews;
        var quota = Math.Max(0, (newWanted ?? NewQuota(desk, today)) - (newWanted is null ? learnedToday : 0));
        var fresh = desk.Cards.Deck.Where(c => !desk.Cards.IsSeen(c)).Take(Math.Min(quota, limit - due.Count));
        return [.. due, .. fresh];
    }

    /// <summary>With an exam date saved, today's share of new cards in the exam plan; else a steady default.</summary>
    private static int NewQuota(Desk desk, DateOnly today)
    {
        if (desk.Store.GetExam() is not { } exam || exam.Date <= today)
        {
            return DefaultNewPerDay;
        }

        var plan = new ExamPlanner(desk.Scheduler.Options.Parameters).Plan(desk.Cards.ForExam(), new ExamPlanOptions
        {
            Today = today,
            ExamDate = exam.Date,
            TargetRetention = exam.TargetRetention,
            MaxCardsPerDay = Desk.DailyCap(desk.Store),
        });
        return plan.Success && plan.Value.Days.Length > 0 ? plan.Value.Days[0].New : DefaultNewPerDay;
    }

    private static void Run(IAnsiConsole console, Prompter prompter, Desk desk, List<Card> queue)
    {
        var grader = new AnswerGrader(desk.Knowledge);
        var sections = desk.Knowledge.Notes.ToDictionary(n => n.Id, n => n.Title, StringComparer.Ordinal);
        var counts = new int[5];
        var total = queue.Count;
        var shown = 0;
        console.MarkupLine($"[bold]{total} card{(total == 1 ? string.Empty : "s")} to review.[/] [grey]Type q to stop at any time; every answer is saved as you go.[/]");
        while (queue.Count > 0)
        {
            var card = queue[0];
            queue.RemoveAt(0);
            shown++;
            var before = desk.Cards.State(card, desk.Now);
            var where = card.Section is { } s && sections.TryGetValue(s, out var title) ? title : card.Kind.ToString();
            console.WriteLine();
            console.MarkupLine($"[grey]{shown}/{shown + queue.Count} · {Markup.Escape(where)}{(before.State == CardState.New ? " · new" : string.Empty)}[/]");
            console.MarkupLine($"[bold]{Markup.Escape(card.Front)}[/]");
            var started = desk.Clock.GetTimestamp();
            Rating rating;
            if (AnswerGrader.CanGrade(card))
            {
                var typed = prompter.ReadLine("[blue]Your answer:[/]");
                if (typed is null || typed.Trim().Equals("q", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                var grade = grader.Grade(card, typed, desk.Clock.GetElapsedTime(started));
                var verdict = grade.Correct ? "[green]Right.[/]" : grade.NearMiss ? "[yellow]Nearly.[/]" : "[red]Not quite.[/]";
                console.MarkupLine($"{verdict} {Markup.Escape(grade.Explanation)}");
                if (grade.Correct)
                {
                    console.MarkupLine($"[grey]{Markup.Escape(card.Back)}[/]");
                }

                rating = grade.Rating;
            }
            else
            {
                if (prompter.ReadChoice("[grey]Enter to show the answer[/]", "\n") is null)
                {
                    break;
                }

                console.MarkupLine($"[green]{Markup.Escape(card.Back)}[/]");
                var key = prompter.ReadChoice("[blue]How well did you know it?[/] 1 Again · 2 Hard · 3 Good · 4 Easy", "1234");
                if (key is not { } k)
                {
                    break;
                }

                rating = (Rating)(k - '0');
            }

            var outcome = desk.Record(card.Id, before, rating, desk.Clock.GetElapsedTime(started), ReviewKind.Review);
            desk.Cards.Update(card, outcome.Card);
            counts[(int)rating]++;
            console.MarkupLine($"[grey]{rating}: back {Markup.Escape(desk.WhenDue(outcome.Card.Due))}. Sources: {Markup.Escape(string.Join(", ", card.Entries))}[/]");
            if (outcome.Card.Due - desk.Now <= SessionHorizon)
            {
                queue.Add(card);
            }
        }

        var answered = counts.Sum();
        console.WriteLine();
        var table = new Table().Border(TableBorder.Simple).Title("[bold]Session[/]");
        table.AddColumn("[bold]Answered[/]");
        foreach (var r in Enum.GetValues<Rating>())
        {
            table.AddColumn(new TableColumn($"[bold]{r}[/]").RightAligned());
        }

        table.AddRow(
            answered.ToString(CultureInfo.InvariantCulture),
            counts[1].ToString(CultureInfo.InvariantCulture),
            counts[2].ToString(CultureInfo.InvariantCulture),
            counts[3].ToString(CultureInfo.InvariantCulture),
            counts[4].ToString(CultureInfo.InvariantCulture));
        console.Write(table);
        var left = desk.Store.CountDue(desk.Now, desk.Cards.PackId);
        console.MarkupLine(left == 0 ? "[green]All caught up.[/]" : $"[grey]{left} still due.[/]");
    }
}
