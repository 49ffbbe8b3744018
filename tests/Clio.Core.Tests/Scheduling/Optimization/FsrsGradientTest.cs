using Clio.Scheduling;
using Clio.Scheduling.Optimization;

namespace Clio.Tests.Scheduling.Optimization;

/// <summary>The optimiser's hand-written reverse-mode gradient against the model and against finite differences.</summary>
public sealed class FsrsGradientTest
{
    private static readonly IReadOnlyList<CardReviews> Log = Students.Log(Students.Weak, 3000, seed: 11);

    public static TheoryData<string> Points => ["defaults", "weak", "strong"];

    [Theory]
    [MemberData(nameof(Points))]
    public void Run_Loss_EqualsTheModelsLogLoss(string point)
    {
        var parameters = At(point);
        var set = ReviewSet.Build(Log, [.. Enumerable.Range(0, Log.Count)], recencyWeighted: false);
        var cards = Enumerable.Range(0, set.Cards).ToArray();

        var loss = new FsrsGradient(set.MaxLength).Run(parameters.Weights, set, cards, []);
        var metrics = FsrsEvaluation.Evaluate(parameters, Log)!.Value;

        Assert.Equal(metrics.Items, set.Items);
        Assert.Equal(metrics.LogLoss, loss / set.Items, 1e-12);
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void Run_Gradient_MatchesCentralDifferences(string point)
    {
        var w = At(point).Weights.ToArray();
        var set = ReviewSet.Build(Log, [.. Enumerable.Range(0, Log.Count)], recencyWeighted: true);
        var cards = Enumerable.Range(0, set.Cards).ToArray();
        var kernel = new FsrsGradient(set.MaxLength);
        var gradient = new double[FsrsParameters.Count];

        kernel.Run(w, set, cards, gradient);

        for (var i = 0; i < FsrsParameters.Count; i++)
        {
            var h = 1e-6 * Math.Max(1, Math.Abs(w[i]));
            var up = (double[])w.Clone();
            var down = (double[])w.Clone();
            up[i] += h;
            down[i] -= h;
            var numeric = (kernel.Run(up, set, cards, []) - kernel.Run(down, set, cards, [])) / (2 * h);
            Assert.True(
                Math.Abs(numeric - gradient[i]) <= 1e-4 * Math.Max(1, Math.Abs(numeric)),
                $"w{i}: analytic {gradient[i]}, numeric {numeric}");
        }
    }

    [Fact]
    public void Run_SameDayReviewsOnly_PredictNothing()
    {
        var log = new[] { CardReviews.FromElapsedDays("c", [(Rating.Again, 0), (Rating.Good, 0), (Rating.Good, 0)]) };
        var set = ReviewSet.Build(log, [0], recencyWeighted: true);
        var gradient = new double[FsrsParameters.Count];

        var loss = new FsrsGradient(set.MaxLength).Run(FsrsParameters.Default.Weights, set, [0], gradient);

        Assert.Equal(0, set.Items);
        Assert.Equal(0, loss);
        Assert.All(gradient, g => Assert.Equal(0, g));
    }

    private static FsrsParameters At(string point) => point switch
    {
        "weak" => Students.Weak,
        "strong" => Students.Strong,
        _ => FsrsParameters.Default,
    };
}
