using Clio.Scheduling;
using Clio.Scheduling.Optimization;

namespace Clio.Tests.Scheduling.Optimization;

/// <summary>Simulated students with known memories, for the optimiser's tests.</summary>
internal static class Students
{
    /// <summary>
    /// A student who forgets faster than the defaults assume: lower initial stabilities, slower growth after a
    /// recall, and a steeper forgetting curve (decay 0.45 against 0.1542).
    /// </summary>
    public static FsrsParameters Weak { get; } = With(
        (0, 0.1), (1, 0.6), (2, 1.2), (3, 4.0), (8, 1.4), (10, 0.6), (11, 1.0), (20, 0.45));

    /// <summary>A student who remembers better than the defaults assume: higher initial stabilities and faster growth.</summary>
    public static FsrsParameters Strong { get; } = With(
        (0, 0.5), (1, 2.5), (2, 5.0), (3, 15.0), (8, 2.2), (9, 0.1), (20, 0.12));

    /// <summary>A log of about <paramref name="reviews"/> reviews by <paramref name="student"/>, 10 new cards a day.</summary>
    public static IReadOnlyList<CardReviews> Log(FsrsParameters student, int reviews, int seed) =>
        new ReviewSimulator(student).Simulate(new SimulationOptions
        {
            Cards = 100_000,
            NewCardsPerDay = 10,
            Days = 365,
            MaxReviews = reviews,
            Seed = seed,
        });

    private static FsrsParameters With(params (int Index, double Value)[] changes)
    {
        var w = FsrsParameters.Default.Weights.ToArray();
        foreach (var (i, v) in changes)
        {
            w[i] = v;
        }

        return FsrsParameters.Create(w).Value;
    }
}
