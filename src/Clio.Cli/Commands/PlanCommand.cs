using System.CommandLine;
using System.Globalization;
using Clio.Cli.Output;
using Clio.Cli.Study;
using Clio.Revision.Planning;
using Clio.Storage;
using Spectre.Console;

namespace Clio.Cli.Commands;

/// <summary>
/// <c>clio plan --exam-date D</c>: plans every card of the deck so that its predicted recall on exam day reaches
/// the target, under a daily limit, and shows the daily load and the expected retention on the day.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var examDate = new Option<string?>("--exam-date") { Description = "The exam's date, YYYY-MM-DD; saved for later runs.", HelpName = "DATE" };
        var target = new Option<double?>("--target") { Description = "The chance of recall to reach on exam day (default 0.9).", HelpName = "R" };
        var cap = new Option<int?>("--cap") { Description = "The most cards to answer in one day, new and old together (default 100); saved.", HelpName = "N" };
        var json = CliContext.JsonOption();
        var command = new Command("plan", "Plan revision up to the exam: the daily load and the expected retention on exam day.")
        {
            examDate, target, cap, json,
        };
        command.SetAction(parse =>
        {
            var clock = context.Env.Clock;
            using var store = CliContext.OpenStore(parse, clock);
            var today = ExamPlanner.Today(clock);
            var exam = ResolveExam(store, parse.GetValue(examDate), parse.GetValue(target), today);
            var dailyCap = parse.GetValue(cap) ?? Desk.DailyCap(store);
            if (dailyCap < 1)
            {
                throw CliFailure.BadInput("--cap must be at least 1");
            }

            var kb = context.Knowledge(parse);
            var cards = new StudentCards(context.Deck(parse), store, kb.Pack.Id);
            var planner = new ExamPlanner(CliContext.Parameters(store));
            var result = planner.Plan(cards.ForExam(), new ExamPlanOptions
            {
                Today = today,
                ExamDate = exam.Date,
                TargetRetention = exam.TargetRetention,
                MaxCardsPerDay = dailyCap,
            });
            if (!result.Success)
            {
                throw CliFailure.BadInput(result.Error!);
            }

            // Saved only once the plan is known to be possible, so a bad date leaves the old settings alone.
            store.SetExam(exam);
            if (parse.GetValue(cap) is { } newCap)
            {
                store.SetDailyCap(newCap);
            }

            var plan = result.Value;
            if (parse.GetValue(json))
            {
                Json.Write(context.Out, PlanJson.From(plan, cards.Deck.Count, cards.SeenCount));
                return ExitCodes.Ok;
            }

            Show(context.Console, plan, cards);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ExamTarget ResolveExam(RevisionStore store, string? dateText, double? target, DateOnly today)
    {
        var saved = store.GetExam();
        DateOnly date;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                throw CliFailure.BadInput($"'{dateText}' is not a date; give the exam date as YYYY-MM-DD, e.g. {today.AddMonths(6):yyyy-MM-dd}");
            }
        }
        else if (saved is { } s)
        {
            date = s.Date;
        }
        else
        {
            throw CliFailure.BadInput("no exam date is saved; give one with --exam-date YYYY-MM-DD");
        }

        if (date <= today)
        {
            throw CliFailure.BadInput($"the exam date {date:yyyy-MM-dd} is not after today ({today:yyyy-MM-dd})");
        }

        var retention = target ?? saved?.TargetRetention ?? 0.9;
        if (retention is <= 0.5 or >= 1)
        {
            throw CliFailure.BadInput("--target must be between 0.5 and 1, e.g. 0.9");
        }

        return new ExamTarget(date, retention);
    }

    private static void Show(IAnsiConsole console, ExamPlan plan, StudentCards cards)
    {
        var daysLeft = plan.ExamDate.DayNumber - plan.Today.DayNumber;
        console.MarkupLine($"[bold]Exam on {plan.ExamDate:d MMMM yyyy}[/] [grey]({daysLeft} days from today)[/]");
        console.MarkupLine($"Cards: {cards.Deck.Count} ({cards.SeenCount} seen, {cards.Deck.Count - cards.SeenCount} new). Daily limit: {plan.MaxCardsPerDay}. Busiest day: {plan.PeakLoad}.");
        var expected = Figures.Percent(plan.ExpectedRetention);
        var wanted = Figures.Percent(plan.TargetRetention);
        var colour = plan.ExpectedRetention >= plan.TargetRetention ? "green" : "yellow";
        console.MarkupLine($"Expected retention on exam day: [{colour}]{expected}[/] (target {wanted}).");
        if (!plan.MeetsTarget)
        {
            var reasons = plan.Shortfalls.GroupBy(c => c.Shortfall).OrderBy(g => g.Key)
                .Select(g => $"{g.Count()} {Describe(g.Key)}");
            console.MarkupLine($"[yellow]Not every card can reach the target:[/] {Markup.Escape(string.Join("; ", reasons))}. " +
                               "A higher --cap or an earlier start helps.");
        }

        console.WriteLine();
        var table = new Table().Border(TableBorder.Simple).Title("[bold]Daily load[/]");
        table.AddColumn("[bold]Day[/]");
        table.AddColumn(new TableColumn("[bold]Reviews[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]of them overdue[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]New[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Total[/]").RightAligned());
        foreach (var week in Weeks(plan))
        {
            table.AddRow(week.Label, Count(week.Reviews), Count(week.Overdue), Count(week.New), Count(week.Total));
        }

        console.Write(table);
        var chart = new BarChart().Label("[bold]Cards a day[/]").Width(Math.Min(100, console.Profile.Width));
        foreach (var week in Weeks(plan))
        {
            chart.AddItem(week.Label, week.Total / (double)week.Days, Color.SteelBlue);
        }

        console.Write(chart);
        console.MarkupLine("[grey]Rows after the first fortnight are weeks; the chart shows the average day of each row.[/]");
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Describe(Shortfall shortfall) => shortfall switch
    {
        Shortfall.NotIntroduced => "never introduced (no room for new cards)",
        Shortfall.NoCapacity => "short of review room",
        Shortfall.TooLittleTime => "too little time left",
        _ => "other",
    };

    /// <summary>The first 14 days one by one, then weeks, so a long plan stays readable.</summary>
    private static IEnumerable<(string Label, int Reviews, int Overdue, int New, int Total, int Days)> Weeks(ExamPlan plan)
    {
        var days = plan.Days;
        for (var i = 0; i < days.Length;)
        {
            var width = i < 14 ? 1 : Math.Min(7, days.Length - i);
            var slice = days.Skip(i).Take(width).ToList();
            var label = width == 1
                ? slice[0].Date.ToString("ddd d MMM", CultureInfo.InvariantCulture)
                : $"{slice[0].Date.ToString("d MMM", CultureInfo.InvariantCulture)}–{slice[^1].Date.ToString("d MMM", CultureInfo.InvariantCulture)}";
            yield return (label, slice.Sum(d => d.Reviews), slice.Sum(d => d.Overdue), slice.Sum(d => d.New), slice.Sum(d => d.Total), width);
            i += width;
        }
    }
}
