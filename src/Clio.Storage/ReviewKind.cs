namespace Clio.Storage;

/// <summary>What kind of session an answer came from. Stored as the text <c>review</c> or <c>quiz</c>.</summary>
public enum ReviewKind
{
    /// <summary>A spaced-repetition review of a due card.</summary>
    Review = 0,

    /// <summary>A quiz question answered outside the review schedule.</summary>
    Quiz = 1,
}
