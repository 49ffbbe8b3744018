using Clio.Scheduling;

namespace Clio.Revision;

/// <summary>How an answer is given, which sets how long a right answer may take.</summary>
public enum AnswerShape
{
    /// <summary>Picking an option, or saying true or false.</summary>
    Choice,

    /// <summary>Putting events in order, or matching pairs.</summary>
    Arrange,

    /// <summary>Typing a name, a term or a date.</summary>
    Typed,
}

/// <summary>
/// The time limits that turn a right answer into a rating. A right answer given within <c>Fast</c> is
/// <see cref="Rating.Easy"/>, one slower than <c>Slow</c> is <see cref="Rating.Hard"/>, anything between is
/// <see cref="Rating.Good"/>; a wrong answer is <see cref="Rating.Again"/> and a right one with a spelling slip
/// <see cref="Rating.Hard"/>, whatever the time.
/// </summary>
/// <remarks>
/// The limits grow with what has to be read or typed:
/// <list type="bullet">
/// <item><description>choice: fast within 5 s, slow after 15 s;</description></item>
/// <item><description>arrange n items: fast within 4 s + 2 s × n, slow after 10 s + 5 s × n;</description></item>
/// <item><description>typed answer of n characters: fast within 3 s + 0.15 s × n, slow after 10 s + 0.5 s × n.</description></item>
/// </list>
/// So "1939" is fast within 3.6 s and slow after 12 s, "People's Commissar for Foreign Affairs" fast within 8.7 s
/// and slow after 29 s, and ordering five events fast within 14 s and slow after 35 s.
/// </remarks>
public static class ResponseSpeed
{
    /// <summary>The fast and slow limits for an answer of the given shape and size (characters typed, or items arranged).</summary>
    public static (TimeSpan Fast, TimeSpan Slow) Limits(AnswerShape shape, int size) => shape switch
    {
        AnswerShape.Choice => (TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)),
        AnswerShape.Arrange => (TimeSpan.FromSeconds(4 + (2 * size)), TimeSpan.FromSeconds(10 + (5 * size))),
        _ => (TimeSpan.FromSeconds(3 + (0.15 * size)), TimeSpan.FromSeconds(10 + (0.5 * size))),
    };

    /// <summary>The rating for an answer: wrong is Again; a slip or a slow answer Hard; fast Easy; otherwise Good.</summary>
    public static Rating Rate(bool correct, bool nearMiss, TimeSpan time, AnswerShape shape, int size)
    {
        if (!correct)
        {
            return Rating.Again;
        }

        var (fast, slow) = Limits(shape, size);
        return nearMiss || time > slow ? Rating.Hard : time <= fast ? Rating.Easy : Rating.Good;
    }
}
