namespace Clio.Scheduling.Optimization;

/// <summary>
/// The Adam optimiser (Kingma and Ba, 2015) with bias-corrected moments: β1 = 0.9, β2 = 0.999, ε = 1e-8, the
/// settings fsrs-rs trains with. The learning rate is given at each step, so a schedule can drive it.
/// </summary>
internal sealed class Adam
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    private readonly double[] _m;
    private readonly double[] _v;
    private int _t;

    public Adam(int count)
    {
        _m = new double[count];
        _v = new double[count];
    }

    /// <summary>Moves <paramref name="w"/> one step against <paramref name="gradient"/>.</summary>
    public void Step(Span<double> w, ReadOnlySpan<double> gradient, double learningRate)
    {
        _t++;
        var c1 = 1 - Math.Pow(Beta1, _t);
        var c2 = 1 - Math.Pow(Beta2, _t);
        for (var i = 0; i < w.Length; i++)
        {
            _m[i] = (Beta1 * _m[i]) + ((1 - Beta1) * gradient[i]);
            _v[i] = (Beta2 * _v[i]) + ((1 - Beta2) * gradient[i] * gradient[i]);
            w[i] -= learningRate * (_m[i] / c1) / (Math.Sqrt(_v[i] / c2) + Epsilon);
        }
    }
}
