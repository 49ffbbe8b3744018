using Clio.Knowledge;
using Clio.Revision;
using Clio.Scheduling;
using Clio.Storage;

namespace Clio.Cli.Study;

/// <summary>
/// One student's session: the store, the scheduler with their settings, and the clock. Every answer goes through
/// <see cref="Record"/>, which returns only once the review is safely on disk.
/// </summary>
internal sealed class Desk
{
    /// <summary>The most cards a day, new and old together, until the student sets a limit.</summary>
    public const int DefaultDailyCap = 100;

    public Desk(RevisionStore store, KnowledgeBase knowledge, IReadOnlyList<Card> deck, TimeProvider clock)
    {
        Store = store;
        Knowledge = knowledge;
        Clock = clock;
        Cards = new StudentCards(deck, store, knowledge.Pack.Id);
        Scheduler = new Scheduler(new SchedulerOptions
        {
            DesiredRetention = store.GetDesiredRetention() ?? SchedulerOptions.Default.DesiredRetention,
            Parameters = CliContext.Parameters(store),
        });
    }

    public RevisionStore Store { get; }

    public KnowledgeBase Knowledge { get; }

    public TimeProvider Clock { get; }

    public StudentCards Cards { get; }

    public Scheduler Scheduler { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The student's daily limit, or <see cref="DefaultDailyCap"/>.</summary>
    public static int DailyCap(RevisionStore store) => store.GetDailyCap() ?? DefaultDailyCap;

    /// <summary>Schedules an answer and writes it with the item's new state in one transaction.</summary>
    public ReviewOutcome Record(string itemId, SchedulingCard before, Rating rating, TimeSpan responseTime, ReviewKind kind)
    {
        var at = Now;
        var outcome = Scheduler.Review(before, rating, at);
        Store.RecordReview(new ReviewRecord(itemId, Cards.PackId, kind, rating, at, outcome.ElapsedDays, responseTime, before.State, outcome.Card));
        return outcome;
    }

    /// <summary>The state of any scheduled item (a card or a quiz question) by id, or a new one.</summary>
    public SchedulingCard StateOf(string itemId) => Store.GetCard(itemId)?.Scheduling ?? SchedulingCard.New(Now);

    /// <summary>"in 10 minutes", "tomorrow", "in 12 days": when an item comes back.</summary>
    public string WhenDue(DateTimeOffset due)
    {
        var wait = due - Now;
        if (wait < TimeSpan.FromHours(1))
        {
            var minutes = Math.Max(1, (int)Math.Round(wait.TotalMinutes));
            return minutes == 1 ? "in 1 minute" : $"in {minutes} minutes";
        }

        if (wait < TimeSpan.FromDays(1))
        {
            var hours = (int)Math.Round(wait.TotalHours);
            return hours == 1 ? "in 1 hour" : $"in {hours} hours";
        }

        var days = (int)Math.Round(wait.TotalDays);
        return days switch
        {
            1 => "tomorrow",
            < 60 => $"in {days} days",
            < 730 => $"in about {(int)Math.Round(days / 30.4)} months",
            _ => $"in about {(int)Math.Round(days / 365.25)} years",
        };
    }
}
