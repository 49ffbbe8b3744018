using System.Diagnostics;
using System.Globalization;
using Clio.Storage.KillHelper;
using Xunit.Abstractions;

namespace Clio.Storage.Tests;

/// <summary>
/// Durability under a killed process: a real child process records reviews into a real file and prints each one
/// after <see cref="RevisionStore.RecordReview"/> has returned; the test kills it (SIGKILL on Linux) mid-loop,
/// reopens the file and checks that every acknowledged review is there, whole.
/// </summary>
public sealed class KillTest(ITestOutputHelper output)
{
    public static TheoryData<int> KillPoints => [1, 2, 9, 33, 120];

    [Theory]
    [MemberData(nameof(KillPoints))]
    public async Task EveryAcknowledgedReview_SurvivesAKill(int acknowledgements)
    {
        using var folder = new TempFolder();
        var acknowledged = await RunAndKill(folder.Path, acknowledgements);

        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        Assert.Empty(store.CheckIntegrity());
        var log = store.ReviewLog().OrderBy(e => e.Id).ToList();

        output.WriteLine($"killed after {acknowledged.Count} acknowledgements; {log.Count} reviews committed");

        // Every acknowledged review is there, with what the script says it recorded.
        Assert.True(log.Count >= acknowledged.Count, $"{log.Count} rows, {acknowledged.Count} acknowledged");
        foreach (var (k, id) in acknowledged)
        {
            Assert.Equal(k, id); // a fresh file numbers its rows 1, 2, ...
            AssertEntryIs(k, log[k - 1]);
        }

        // What committed after the last acknowledgement (the kill can land between a commit and its print) is whole
        // too: the rows are exactly reviews 1..M, with no gap and nothing half-written.
        for (var i = 0; i < log.Count; i++)
        {
            AssertEntryIs(i + 1, log[i]);
        }

        // Each card's state is the state after its last committed review: log and state moved together.
        var cards = store.GetCards().ToDictionary(c => c.CardId);
        var lastByCard = Enumerable.Range(1, log.Count).GroupBy(KillScript.CardId).ToDictionary(g => g.Key, g => g.Max());
        Assert.Equal(lastByCard.Keys.Order(), cards.Keys.Order());
        foreach (var (card, k) in lastByCard)
        {
            Assert.Equal(KillScript.Review(k).After, cards[card].Scheduling);
        }
    }

    private static void AssertEntryIs(int k, ReviewLogEntry entry)
    {
        var review = KillScript.Review(k);
        Assert.Equal(k, entry.Id);
        Assert.Equal(
            (review.CardId, review.PackId, review.Kind, review.Rating, review.ReviewedAt, review.ElapsedDays, review.Duration,
                review.StateBefore, review.After.State, review.After.Stability, review.After.Difficulty, review.After.Due),
            (entry.CardId, entry.PackId, entry.Kind, entry.Rating, entry.ReviewedAt, entry.ElapsedDays, entry.Duration,
                entry.StateBefore, entry.StateAfter, entry.StabilityAfter, entry.DifficultyAfter, entry.DueAfter));
    }

    /// <summary>Starts the helper, reads acknowledgements until there are enough, then kills it.</summary>
    private static async Task<List<(int K, long Id)>> RunAndKill(string dataDirectory, int acknowledgements)
    {
        var helper = Path.Combine(AppContext.BaseDirectory, "Clio.Storage.KillHelper.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(helper);
        start.ArgumentList.Add(dataDirectory);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var acknowledged = new List<(int, long)>();
        try
        {
            while (acknowledged.Count < acknowledgements)
            {
                // A guard against a helper that hangs, not a measure of speed.
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
                if (line is null)
                {
                    Assert.Fail($"the helper stopped before {acknowledgements} acknowledgements: {await errors}");
                }

                var parts = line.Split(' ');
                acknowledged.Add((int.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture)));
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }

        Assert.NotEqual(0, process.ExitCode); // killed, not finished
        return acknowledged;
    }
}
