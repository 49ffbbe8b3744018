namespace Clio.Text;

/// <summary>"Did you mean" suggestions for mistyped ids and keys.</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidates nearest to <paramref name="input"/>, best first: those within a small edit distance,
    /// then those that contain it or that it starts, ties broken alphabetically. Empty when nothing is close.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string input, IEnumerable<string> candidates, int max = 3)
    {
        var needle = input.Trim().ToLowerInvariant();
        if (needle.Length == 0)
        {
            return [];
        }

        var limit = Math.Max(1, Math.Min(3, needle.Length / 3));
        var scored = new List<(string Candidate, int Score)>();
        foreach (var candidate in candidates)
        {
            var lower = candidate.ToLowerInvariant();
            var distance = EditDistance.Compute(needle, lower, limit);
            if (distance <= limit)
            {
                scored.Add((candidate, distance));
            }
            else if (needle.Length >= 3 && (lower.Contains(needle, StringComparison.Ordinal) || needle.Contains(lower, StringComparison.Ordinal)))
            {
                scored.Add((candidate, limit + 1 + Math.Abs(lower.Length - needle.Length)));
            }
        }

        return [.. scored
            .OrderBy(s => s.Score)
            .ThenBy(s => s.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(s => s.Candidate)];
    }
}
