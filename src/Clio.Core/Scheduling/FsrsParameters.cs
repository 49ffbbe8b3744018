using System.Collections.Immutable;
using System.Globalization;

namespace Clio.Scheduling;

/// <summary>
/// The 21 weights of FSRS-6 (w0 to w20). w0–w3 are the initial stabilities for Again, Hard, Good and Easy;
/// w4–w7 shape difficulty; w8–w10 the stability after a recall; w11–w14 after a lapse; w15 and w16 the Hard
/// penalty and Easy bonus; w17–w19 same-day reviews; w20 is the decay of the forgetting curve.
/// Immutable; build one with <see cref="Create"/>, which checks the count and the bounds.
/// </summary>
public sealed class FsrsParameters : IEquatable<FsrsParameters>
{
    /// <summary>The number of weights.</summary>
    public const int Count = 21;

    /// <summary>The smallest stability the model allows, in days.</summary>
    public const double MinStability = 0.001;

    /// <summary>The largest stability the model allows, in days.</summary>
    public const double MaxStability = 36500;

    private static readonly double[] DefaultWeights =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    // The bounds fsrs-rs clips to while fitting (w0–w3 share the stability range).
    private static readonly (double Low, double High)[] BoundsTable =
    [
        (MinStability, 100), (MinStability, 100), (MinStability, 100), (MinStability, 100),
        (1, 10), (0.001, 4), (0.001, 4), (0.001, 0.75), (0, 4.5), (0, 0.8), (0.001, 3.5),
        (0.001, 5), (0.001, 0.25), (0.001, 0.9), (0, 4), (0, 1), (1, 6), (0, 2), (0, 2), (0, 0.8), (0.1, 0.8),
    ];

    private readonly double[] _w;

    private FsrsParameters(double[] weights)
    {
        _w = weights;
        Decay = -weights[20];
        Factor = Math.Pow(0.9, 1 / Decay) - 1;
    }

    /// <summary>The default FSRS-6 weights, fitted by the FSRS authors on many users' reviews.</summary>
    public static FsrsParameters Default { get; } = new((double[])DefaultWeights.Clone());

    /// <summary>The inclusive range each weight is clipped to while fitting.</summary>
    public static ImmutableArray<(double Low, double High)> Bounds { get; } = [.. BoundsTable];

    /// <summary>The weights, w0 first.</summary>
    public ReadOnlySpan<double> Weights => _w;

    /// <summary>Weight <paramref name="index"/> (0 to 20).</summary>
    public double this[int index] => _w[index];

    /// <summary>The exponent of the forgetting curve: minus w20.</summary>
    public double Decay { get; }

    /// <summary>The factor that makes retrievability 0.9 when the elapsed time equals the stability.</summary>
    public double Factor { get; }

    /// <summary>
    /// Builds parameters from 21 weights. Fails (as a value) if the count is wrong, a weight is not finite, or one
    /// lies outside <see cref="Bounds"/>.
    /// </summary>
    public static ParseResult<FsrsParameters> Create(IEnumerable<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var w = weights.ToArray();
        if (w.Length != Count)
        {
            return ParseResult<FsrsParameters>.Fail($"FSRS-6 needs {Count} weights, not {w.Length}");
        }

        for (var i = 0; i < w.Length; i++)
        {
            var (low, high) = BoundsTable[i];
            if (!double.IsFinite(w[i]) || w[i] < low || w[i] > high)
            {
                return ParseResult<FsrsParameters>.Fail(string.Create(
                    CultureInfo.InvariantCulture, $"w{i} = {w[i]} is outside its range [{low}, {high}]"));
            }
        }

        return ParseResult<FsrsParameters>.Ok(new FsrsParameters(w));
    }

    /// <summary>Clips each weight into its bound; for optimisers, which may step outside them.</summary>
    public static FsrsParameters Clipped(ReadOnlySpan<double> weights)
    {
        if (weights.Length != Count)
        {
            throw new ArgumentException($"FSRS-6 needs {Count} weights", nameof(weights));
        }

        var w = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            var (low, high) = BoundsTable[i];
            w[i] = double.IsNaN(weights[i]) ? DefaultWeights[i] : Math.Clamp(weights[i], low, high);
        }

        return new FsrsParameters(w);
    }

    /// <inheritdoc/>
    public bool Equals(FsrsParameters? other) => other is not null && _w.AsSpan().SequenceEqual(other._w);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FsrsParameters);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var x in _w)
        {
            hash.Add(x);
        }

        return hash.ToHashCode();
    }

    /// <summary>The weights, comma-separated, round-trippable.</summary>
    public override string ToString() => string.Join(", ", _w.Select(x => x.ToString("R", CultureInfo.InvariantCulture)));
}
