namespace Clio.Scheduling.Optimization;

/// <summary>
/// The optimiser's loss and its gradient by reverse-mode differentiation through each card's recurrence. The
/// forward pass is <see cref="FsrsModel"/>'s arithmetic, written out with the same expressions in the same order
/// (a test holds the two to agree), because the backward pass needs the intermediate values. Each card costs
/// one forward and one backward pass however many items it holds: an item's prediction is the state the forward
/// pass reaches anyway. A clamp (stability to [0.001, 36500], difficulty to [1, 10]) passes no gradient where it
/// bites. Not thread-safe: it owns its scratch buffers.
/// </summary>
internal sealed class FsrsGradient
{
    /// <summary>Predictions are kept this far from 0 and 1 in the loss, so that it stays finite.</summary>
    internal const double Epsilon = 1e-7;

    private readonly double[] _s;
    private readonly double[] _d;
    private readonly double[] _r;
    private readonly double[] _rawS;
    private readonly double[] _rawD;

    public FsrsGradient(int maxLength)
    {
        var n = Math.Max(maxLength, 1);
        _s = new double[n];
        _d = new double[n];
        _r = new double[n];
        _rawS = new double[n];
        _rawD = new double[n];
    }

    /// <summary>
    /// The weighted binary log loss of the given cards' items under weights <paramref name="w"/>, summed; adds the
    /// gradient to <paramref name="gradient"/> unless it is empty.
    /// </summary>
    public double Run(ReadOnlySpan<double> w, ReviewSet set, ReadOnlySpan<int> cards, Span<double> gradient)
    {
        var k = new Constants(w);
        var loss = 0.0;
        foreach (var card in cards)
        {
            var first = set.Start[card];
            var length = set.Start[card + 1] - first;
            loss += Forward(w, k, set, first, length);
            if (!gradient.IsEmpty)
            {
                Backward(w, k, set, first, length, gradient);
            }
        }

        return loss;
    }

    private static bool InStabilityRange(double s) => s is >= FsrsParameters.MinStability and <= FsrsParameters.MaxStability;

    private static bool InDifficultyRange(double d) => d is >= 1 and <= 10;

    private static double ClampStability(double s) =>
        double.IsNaN(s) ? FsrsParameters.MinStability : Math.Clamp(s, FsrsParameters.MinStability, FsrsParameters.MaxStability);

    private static double ClampDifficulty(double d) => double.IsNaN(d) ? 10 : Math.Clamp(d, 1, 10);

    private double Forward(ReadOnlySpan<double> w, in Constants k, ReviewSet set, int first, int length)
    {
        var loss = 0.0;
        var g0 = set.Ratings[first];
        _rawS[0] = w[g0 - 1];
        _s[0] = ClampStability(_rawS[0]);
        _rawD[0] = w[4] - Math.Exp(w[5] * (g0 - 1)) + 1;
        _d[0] = ClampDifficulty(_rawD[0]);
        for (var i = 1; i < length; i++)
        {
            var at = first + i;
            var t = set.Elapsed[at];
            var g = set.Ratings[at];
            var s = _s[i - 1];
            var d = _d[i - 1];
            double raw;
            if (t > 0)
            {
                var r = Math.Pow(1 + (k.Factor * t / s), k.Decay);
                _r[i] = r;
                var weight = set.Weights[at];
                if (weight > 0)
                {
                    var rc = Math.Clamp(r, Epsilon, 1 - Epsilon);
                    loss -= weight * (g > 1 ? Math.Log(rc) : Math.Log(1 - rc));
                }

                if (g == 1)
                {
                    var forget = w[11] * Math.Pow(d, -w[12]) * (Math.Pow(s + 1, w[13]) - 1) * Math.Exp(w[14] * (1 - r));
                    var ceiling = s / k.CeilingDivisor;
                    raw = Math.Min(forget, ceiling);
                }
                else
                {
                    var hardPenalty = g == 2 ? w[15] : 1;
                    var easyBonus = g == 4 ? w[16] : 1;
                    var growth = k.ExpW8 * (11 - d) * Math.Pow(s, -w[9]) * (Math.Exp(w[10] * (1 - r)) - 1);
                    raw = s * ((growth * hardPenalty * easyBonus) + 1);
                }
            }
            else
            {
                var increase = Math.Exp(w[17] * (g - 3 + w[18])) * Math.Pow(s, -w[19]);
                if (g >= 2)
                {
                    increase = Math.Max(increase, 1);
                }

                raw = s * increase;
            }

            _rawS[i] = raw;
            _s[i] = ClampStability(raw);
            var delta = -w[6] * (g - 3);
            var damped = d + (delta * (10 - d) / 9);
            var reverted = (w[7] * k.EasyDifficulty) + ((1 - w[7]) * damped);
            _rawD[i] = reverted;
            _d[i] = ClampDifficulty(reverted);
        }

        return loss;
    }

    private void Backward(ReadOnlySpan<double> w, in Constants k, ReviewSet set, int first, int length, Span<double> grad)
    {
        // Adjoints of the state after review i: nothing reads the last state, so they start at zero.
        var aS = 0.0;
        var aD = 0.0;
        for (var i = length - 1; i >= 1; i--)
        {
            var at = first + i;
            var t = set.Elapsed[at];
            var g = set.Ratings[at];
            var s = _s[i - 1];
            var d = _d[i - 1];
            var aSPrev = 0.0;
            var aDPrev = 0.0;

            var aReverted = InDifficultyRange(_rawD[i]) ? aD : 0;
            if (aReverted != 0)
            {
                var delta = -w[6] * (g - 3);
                var damped = d + (delta * (10 - d) / 9);
                grad[7] += aReverted * (k.EasyDifficulty - damped);
                grad[4] += aReverted * w[7];
                grad[5] += aReverted * w[7] * k.EasyDifficultyDw5;
                var aDamped = aReverted * (1 - w[7]);
                aDPrev += aDamped * (1 - (delta / 9));
                grad[6] += aDamped * -(g - 3) * (10 - d) / 9;
            }

            var aRaw = InStabilityRange(_rawS[i]) ? aS : 0;
            if (t == 0)
            {
                if (aRaw != 0)
                {
                    var increase = Math.Exp(w[17] * (g - 3 + w[18])) * Math.Pow(s, -w[19]);
                    if (g >= 2 && increase < 1)
                    {
                        aSPrev += aRaw;
                    }
                    else
                    {
                        var raw = s * increase;
                        aSPrev += aRaw * increase * (1 - w[19]);
                        grad[17] += aRaw * raw * (g - 3 + w[18]);
                        grad[18] += aRaw * raw * w[17];
                        grad[19] -= aRaw * raw * Math.Log(s);
                    }
                }
            }
            else
            {
                var r = _r[i];
                var aR = 0.0;
                if (aRaw != 0)
                {
                    if (g == 1)
                    {
                        var pd = Math.Pow(d, -w[12]);
                        var ps = Math.Pow(s + 1, w[13]);
                        var ex = Math.Exp(w[14] * (1 - r));
                        var forget = w[11] * pd * (ps - 1) * ex;
                        var ceiling = s / k.CeilingDivisor;
                        if (forget <= ceiling)
                        {
                            grad[11] += aRaw * pd * (ps - 1) * ex;
                            aDPrev -= aRaw * forget * w[12] / d;
                            grad[12] -= aRaw * forget * Math.Log(d);
                            aSPrev += aRaw * w[11] * pd * ex * w[13] * ps / (s + 1);
                            grad[13] += aRaw * w[11] * pd * ex * ps * Math.Log(s + 1);
                            aR -= aRaw * forget * w[14];
                            grad[14] += aRaw * forget * (1 - r);
                        }
                        else
                        {
                            aSPrev += aRaw / k.CeilingDivisor;
                            grad[17] -= aRaw * ceiling * w[18];
                            grad[18] -= aRaw * ceiling * w[17];
                        }
                    }
                    else
                    {
                        var sp = Math.Pow(s, -w[9]);
                        var ex = Math.Exp(w[10] * (1 - r));
                        var hardPenalty = g == 2 ? w[15] : 1;
                        var easyBonus = g == 4 ? w[16] : 1;
                        var bonus = hardPenalty * easyBonus;
                        var core = k.ExpW8 * (11 - d) * sp;
                        var growth = core * (ex - 1) * bonus;
                        aSPrev += aRaw * (1 + (growth * (1 - w[9])));
                        aDPrev -= aRaw * s * k.ExpW8 * sp * (ex - 1) * bonus;
                        grad[8] += aRaw * s * growth;
                        grad[9] -= aRaw * s * growth * Math.Log(s);
                        grad[10] += aRaw * s * core * bonus * ex * (1 - r);
                        aR -= aRaw * s * core * bonus * ex * w[10];
                        if (g == 2)
                        {
                            grad[15] += aRaw * s * core * (ex - 1) * easyBonus;
                        }
                        else if (g == 4)
                        {
                            grad[16] += aRaw * s * core * (ex - 1) * hardPenalty;
                        }
                    }
                }

                var weight = set.Weights[at];
                if (weight > 0 && r > Epsilon && r < 1 - Epsilon)
                {
                    aR += g > 1 ? -weight / r : weight / (1 - r);
                }

                if (aR != 0)
                {
                    // R = u^c with u = 1 + f·t/S and c = −w20; f = 0.9^(1/c) − 1 depends on c too.
                    var u = 1 + (k.Factor * t / s);
                    aSPrev -= aR * r * k.Decay * k.Factor * t / (s * s * u);
                    var dLogRdDecay = Math.Log(u) + (k.Decay * t / s * k.FactorDDecay / u);
                    grad[20] -= aR * r * dLogRdDecay;
                }
            }

            aS = aSPrev;
            aD = aDPrev;
        }

        var g0 = set.Ratings[first];
        if (InStabilityRange(_rawS[0]))
        {
            grad[g0 - 1] += aS;
        }

        if (InDifficultyRange(_rawD[0]))
        {
            grad[4] += aD;
            grad[5] -= aD * (g0 - 1) * Math.Exp(w[5] * (g0 - 1));
        }
    }

    /// <summary>Values that depend on the weights only, computed once a pass.</summary>
    private readonly struct Constants
    {
        public Constants(ReadOnlySpan<double> w)
        {
            Decay = -w[20];
            var power = Math.Pow(0.9, 1 / Decay);
            Factor = power - 1;
            FactorDDecay = -power * Math.Log(0.9) / (Decay * Decay);
            ExpW8 = Math.Exp(w[8]);
            CeilingDivisor = Math.Exp(w[17] * w[18]);
            var exp3W5 = Math.Exp(w[5] * 3);
            EasyDifficulty = w[4] - exp3W5 + 1;
            EasyDifficultyDw5 = -3 * exp3W5;
        }

        public double Decay { get; }

        public double Factor { get; }

        public double FactorDDecay { get; }

        public double ExpW8 { get; }

        public double CeilingDivisor { get; }

        public double EasyDifficulty { get; }

        public double EasyDifficultyDw5 { get; }
    }
}
