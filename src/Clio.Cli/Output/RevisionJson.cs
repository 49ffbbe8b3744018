using System.Globalization;
using Clio.Revision.Planning;

namespace Clio.Cli.Output;

/// <summary>The JSON of <c>clio plan</c>.</summary>
internal sealed record PlanJson(
    string Today,
    string ExamDate,
    double TargetRetention,
    int MaxCardsPerDay,
    int Cards,
    int Seen,
    double ExpectedRetention,
    bool MeetsTarget,
    int PeakLoad,
    List<PlanDayJson> Days,
    Dictionary<string, int> Shortfalls)
{
    public static PlanJson From(ExamPlan plan, int cards, int seen) => new(
        Iso(plan.Today),
        Iso(plan.ExamDate),
        plan.TargetRetention,
        plan.MaxCardsPerDay,
        cards,
        seen,
        Math.Round(plan.ExpectedRetention, 4),
        plan.MeetsTarget,
        plan.PeakLoad,
        [.. plan.Days.Select(d => new PlanDayJson(Iso(d.Date), d.Reviews, d.Overdue, d.New, d.Total))],
        plan.Shortfalls.GroupBy(c => c.Shortfall).OrderBy(g => g.Key)
            .ToDictionary(g => JsonNaming(g.Key.ToString()), g => g.Count()));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string JsonNaming(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>One day of a plan.</summary>
internal sealed record PlanDayJson(string Date, int Reviews, int Overdue, int New, int Total);

/// <summary>The JSON of <c>clio stats</c>.</summary>
internal sealed record StatsJson(
    int Cards,
    int Seen,
    int DueNow,
    long Answers,
    string Weights,
    string? ExamDate,
    List<DayJson> Days,
    List<MasteryJson> Sections,
    List<MasteryJson> Themes,
    FitJson? Fit);

/// <summary>One day of answers.</summary>
internal sealed record DayJson(string Date, int Reviews, int Quizzes, int NewCards, double? Retention);

/// <summary>Mastery of one section or theme.</summary>
internal sealed record MasteryJson(string Id, string? Title, double Retrievability, int Seen, int Total, string Label)
{
    public static MasteryJson From(Clio.Revision.MasteryScore score, string? title) => new(
        score.Id,
        title,
        Math.Round(score.Retrievability, 4),
        score.Seen,
        score.Total,
        score.Label switch
        {
            Clio.Revision.MasteryLabel.NotStarted => "not started",
            Clio.Revision.MasteryLabel.Learning => "learning",
            Clio.Revision.MasteryLabel.Shaky => "shaky",
            _ => "secure",
        });
}

/// <summary>What fitting the FSRS weights to the student's log gave.</summary>
internal sealed record FitJson(bool Kept, string? Reason, int TrainingItems, int TestItems, double? LogLossBefore, double? LogLossAfter, double? RmseBefore, double? RmseAfter);
