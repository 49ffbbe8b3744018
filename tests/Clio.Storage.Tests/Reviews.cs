using Clio.Scheduling;

namespace Clio.Storage.Tests;

/// <summary>Builders of review records for the tests.</summary>
internal static class Reviews
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static ReviewRecord Make(
        string card,
        DateTimeOffset at,
        Rating rating = Rating.Good,
        CardState before = CardState.New,
        CardState after = CardState.Review,
        double stability = 3.5,
        DateTimeOffset? due = null,
        ReviewKind kind = ReviewKind.Review,
        string pack = "pack-a") =>
        new(
            card,
            pack,
            kind,
            rating,
            at,
            ElapsedDays: 1.5,
            Duration: TimeSpan.FromMilliseconds(4200),
            before,
            new SchedulingCard(after, 0, stability, 5.25, due ?? at.AddDays(stability), at, 1, 0));
}
