using Clio.Scheduling;

namespace Clio.Storage.KillHelper;

/// <summary>
/// The reviews the helper records, numbered from 1: each is a pure function of its number, so the test can tell
/// exactly what every acknowledged review must have stored.
/// </summary>
public static class KillScript
{
    /// <summary>The pack every scripted review belongs to.</summary>
    public const string PackId = "kill-pack";

    /// <summary>How many distinct cards the script cycles through.</summary>
    public const int CardCount = 7;

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The card review <paramref name="k"/> answers.</summary>
    public static string CardId(int k) => $"card-{k % CardCount}";

    /// <summary>Review number <paramref name="k"/> (1 or more).</summary>
    public static ReviewRecord Review(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var at = Start.AddMinutes(k).AddTicks(k); // sub-millisecond ticks must survive too
        return new ReviewRecord(
            CardId(k),
            PackId,
            k % 5 == 0 ? ReviewKind.Quiz : ReviewKind.Review,
            (Rating)(1 + (k % 4)),
            at,
            k * 0.25,
            TimeSpan.FromMilliseconds(k * 10),
            (CardState)(k % 4),
            new SchedulingCard(
                (CardState)((k + 1) % 4), k % 3, 1.5 * k, 1 + (k % 9), at.AddDays(k), at, k, k / 10));
    }
}
