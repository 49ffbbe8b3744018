namespace Clio.Text;

/// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
public static class EditDistance
{
    /// <summary>
    /// The distance between two strings, or <paramref name="max"/> + 1 as soon as it must exceed
    /// <paramref name="max"/>, so that a scan over a large vocabulary stays cheap.
    /// </summary>
    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        // Three rolling rows: two back for transpositions.
        Span<int> buffer = b.Length + 1 <= 128 ? stackalloc int[3 * (b.Length + 1)] : new int[3 * (b.Length + 1)];
        var width = b.Length + 1;
        var twoBack = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
