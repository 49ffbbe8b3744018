namespace Clio.Scheduling;

/// <summary>How an <see cref="FsrsModel"/> rounds the numbers it computes.</summary>
public enum FsrsRounding
{
    /// <summary>Full double precision throughout; fsrs-rs and py-fsrs compute this way.</summary>
    None = 0,

    /// <summary>
    /// Rounds to 8 decimal places where ts-fsrs 5.4 does, with halves rounded towards +∞ as JavaScript's
    /// <c>Math.round</c> does: the curve's factor, every retrievability, the initial difficulty, the linear damping
    /// and mean reversion of difficulty, and every new stability. The results then match ts-fsrs bit for bit
    /// wherever the platform's <c>exp</c> and <c>pow</c> agree with V8's, and to about 1e-8 elsewhere.
    /// </summary>
    EightDecimals = 1,
}
