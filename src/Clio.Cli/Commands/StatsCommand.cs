using System.CommandLine;
using System.Globalization;
using Clio.Cli.Output;
using Clio.Cli.Study;
using Clio.Revision;
using Clio.Revision.Planning;
using Clio.Scheduling.Optimization;
using Clio.Storage;
using Spectre.Console;

namespace Clio.Cli.Commands;

/// <summary>
/// <c>clio stats</c>: what the student has done and how well it has stuck: answers and retention day by day,
/// mastery per notes section and per theme, and (with <c>--fit</c>) FSRS weights fitted to their own reviews.
/// </summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var days = new Option<int>("--days") { Description = "How many recent days to list.", DefaultValueFactory = _ => 14, HelpName = "N" };
        var fit = new Option<bool>("--fit") { Description = "Fit the scheduler's 21 weights to your own review log, and keep them if they predict better." };
        var json = CliContext.JsonOption();
        var command = new Command("stats", "Your reviews, retention and mastery by section and theme.") { days, fit, json };
        command.SetAction(parse =>
        {
            var span = parse.GetValue(days);
            if (span is < 1 or > 366)
            {
                throw CliFailure.BadInput("--days must be between 1 and 366");
            }

            var clock = context.Env.Clock;
            var kb = context.Knowledge(parse);
            using var store = CliContext.OpenStore(parse, clock);
            FitJson? fitted = null;
            if (parse.GetValue(fit))
            {
                fitted = Fit(store);
            }

            var desk = new Desk(store, kb, context.Deck(parse), clock);
            var now = desk.Now;
            var today = ExamPlanner.Today(clock);
            var daily = store.DailyStats(today.AddDays(1 - span), today, clock.LocalTimeZone);
            var byId = desk.Cards.Deck.ToDictionary(c => c.Id, StringComparer.Ordinal);
            var mastery = Mastery.Compute(desk.Cards.Deck, id =>
                byId.TryGetValue(id, out var card) ? desk.Cards.Retrievability(card, desk.Scheduler, now) : null);
            var stats = new StatsJson(
                desk.Cards.Deck.Count,
                desk.Cards.SeenCount,
                store.CountDue(now, desk.Cards.PackId),
                store.ReviewCount(),
                store.GetFittedParameters() is null ? "default" : "fitted",
                store.GetExam() is { } exam ? PlanJson.Iso(exam.Date) : null,
                [.. daily.Select(d => new DayJson(PlanJson.Iso(d.Day), d.Reviews, d.Quizzes, d.FirstReviews, d.Retention is { } r ? Math.Round(r, 4) : null))],
                [.. mastery.Sections.Select(m => MasteryJson.From(m, kb.Find(m.Id)?.Title))],
                [.. mastery.Themes.Select(m => MasteryJson.From(m, kb.FindTheme(m.Id)?.Title))],
                fitted);
            if (parse.GetValue(json))
            {
                Json.Write(context.Out, stats);
                return ExitCodes.Ok;
            }

            Show(context.Console, stats);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Fits the weights to the review log; keeps them only when they beat the defaults on held-out cards.</summary>
    private static FitJson Fit(RevisionStore store)
    {
        var log = store.ReviewLog()
            .GroupBy(e => e.CardId, StringComparer.Ordinal)
            .Select(g => CardReviews.FromTimes(g.Key, g.Select(e => (e.ReviewedAt, e.Rating)), TimeSpan.Zero))
            .ToList();
        var result = FsrsOptimizer.Fit(log);
        if (!result.FellBack)
        {
            store.SetFittedParameters(result.Parameters);
        }

        return new FitJson(
            !result.FellBack,
            result.FallbackReason,
            result.TrainingItems,
            result.TestItems,
            result.Before is { } b ? Math.Round(b.LogLoss, 4) : null,
            result.After is { } a ? Math.Round(a.LogLoss, 4) : null,
            result.Before is { } b2 ? Math.Round(b2.RmseBins, 4) : null,
            result.After is { } a2 ? Math.Round(a2.RmseBins, 4) : null);
    }

    private static void Show(IAnsiConsole console, StatsJson stats)
    {
        console.MarkupLine($"[bold]Cards:[/] {stats.Cards} in the deck, {stats.Seen} seen, {stats.DueNow} due now. [bold]Answers saved:[/] {stats.Answers}.");
        console.MarkupLine($"[grey]Scheduler weights: {stats.Weights}.{(stats.ExamDate is { } e ? $" Exam date: {e}." : string.Empty)}[/]");
        if (stats.Fit is { } fit)
        {
            var verdict = fit.Kept ? "[green]fitted weights kept[/]" : $"[yellow]defaults kept[/]: {Markup.Escape(fit.Reason ?? string.Empty)}";
            console.MarkupLine($"Fit on {fit.TrainingItems} reviews, tested on {fit.TestItems}: {verdict}. " +
                               $"Log loss {Number(fit.LogLossBefore)} → {Number(fit.LogLossAfter)}, RMSE (bins) {Number(fit.RmseBefore)} → {Number(fit.RmseAfter)}.");
        }

        var days = new Table().Border(TableBorder.Simple).Title("[bold]Recent days[/]");
        days.AddColumn("[bold]Day[/]");
        days.AddColumn(new TableColumn("[bold]Reviews[/]").RightAligned());
        days.AddColumn(new TableColumn("[bold]Quiz answers[/]").RightAligned());
        days.AddColumn(new TableColumn("[bold]New cards[/]").RightAligned());
        days.AddColumn(new TableColumn("[bold]Retention[/]").RightAligned());
        foreach (var d in stats.Days)
        {
            days.AddRow(d.Date, Count(d.Reviews), Count(d.Quizzes), Count(d.NewCards), d.Retention is { } r ? Figures.Percent(r) : "–");
        }

        console.Write(days);
        console.Write(MasteryTable("Mastery by notes section", stats.Sections));
        console.Write(MasteryTable("Mastery by theme", stats.Themes));
    }

    private static Table MasteryTable(string title, List<MasteryJson> rows)
    {
        var table = new Table().Border(TableBorder.Simple).Title($"[bold]{title}[/]");
        table.AddColumn("[bold]Name[/]");
        table.AddColumn(new TableColumn("[bold]Seen[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Recall now[/]").RightAligned());
        table.AddColumn("[bold]Level[/]");
        foreach (var m in rows)
        {
            var colour = m.Label switch { "secure" => "green", "shaky" => "yellow", "learning" => "orange1", _ => "grey" };
            table.AddRow(
                Markup.Escape(m.Title ?? m.Id),
                $"{m.Seen}/{m.Total}",
                Figures.Percent(m.Retrievability),
                $"[{colour}]{m.Label}[/]");
        }

        return table;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(double? x) => x is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";
}
