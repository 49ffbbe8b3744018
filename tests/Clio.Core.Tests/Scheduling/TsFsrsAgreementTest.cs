using System.Globalization;
using System.Text.Json;
using Clio.Scheduling;

namespace Clio.Tests.Scheduling;

/// <summary>
/// Agreement with ts-fsrs 5.4.2, review by review, without node: Data/ts-fsrs-histories.jsonl holds random
/// histories (bench/ts-fsrs/generate.mjs, seed 2026) and the state ts-fsrs gives after each review
/// (bench/ts-fsrs/replay.mjs --no-fuzz). Regenerate with
/// <c>node generate.mjs --cards 200 --max-reviews 30 --seed 2026 | node replay.mjs --no-fuzz</c>.
/// </summary>
public sealed class TsFsrsAgreementTest
{

    private static readonly string[] Lines =
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Scheduling", "Data", "ts-fsrs-histories.jsonl"));

    [Fact]
    public void Fixture_HasThousandsOfReviewsInEveryState()
    {
        var states = Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("state").GetString()).ToHashSet();

        Assert.True(Lines.Length >= 3000);
        Assert.Equal(["learning", "relearning", "review"], states.Order());
    }

    [Fact]
    public void Review_EveryFixtureReview_AgreesWithTsFsrs()
    {
        var scheduler = new Scheduler(SchedulerOptions.Default with { EnableFuzz = false });
        var cards = new Dictionary<string, SchedulingCard>();
        for (var i = 0; i < Lines.Length; i++)
        {
            var row = JsonDocument.Parse(Lines[i]).RootElement;
            var id = row.GetProperty("card").ToString();
            var at = DateTimeOffset.Parse(row.GetProperty("at").GetString()!, CultureInfo.InvariantCulture);
            var card = cards.TryGetValue(id, out var known) ? known : SchedulingCard.New(at);

            var outcome = scheduler.Review(card, (Rating)row.GetProperty("rating").GetInt32(), at);
            cards[id] = outcome.Card;

            var where = $"line {i + 1}: {Lines[i]}";
            Assert.True(row.GetProperty("state").GetString() == Name(outcome.Card.State), where);
            Assert.True(row.GetProperty("step").GetInt32() == outcome.Card.Step, where);
            AssertClose(row.GetProperty("stability").GetDouble(), outcome.Card.Stability, where);
            AssertClose(row.GetProperty("difficulty").GetDouble(), outcome.Card.Difficulty, where);

            var interval = row.GetProperty("intervalDays").GetInt32();
            var due = DateTimeOffset.Parse(row.GetProperty("due").GetString()!, CultureInfo.InvariantCulture);
            Assert.True(interval == outcome.IntervalDays, where);
            Assert.True(due == outcome.Card.Due, where);
        }
    }

    private static string Name(CardState state) => state.ToString().ToLowerInvariant();

    // ts-fsrs rounds to 8 decimals and so does Clio; they differ only where V8's and the C library's pow or exp
    // differ in the last bit and that flips a rounding, by 1e-8.
    private static void AssertClose(double expected, double actual, string where) =>
        Assert.True(Math.Abs(expected - actual) <= 1.5e-8 + (Math.Abs(expected) * 1e-12), $"{where}: expected {expected}, got {actual}");
}
