namespace Clio.Essays;

/// <summary>What the knowledge base says of a claim.</summary>
public enum Verdict
{
    /// <summary>The knowledge base agrees at the precision the claim was written.</summary>
    Supported,

    /// <summary>The knowledge base certainly disagrees.</summary>
    Contradicted,

    /// <summary>The claim could not be checked with certainty.</summary>
    Unverifiable,
}

/// <summary>The kinds of checkable claim.</summary>
public enum ClaimKind
{
    /// <summary>An event with its date.</summary>
    EventDate,

    /// <summary>A person with an office, perhaps with its dates.</summary>
    Office,

    /// <summary>Who signed or took part in what.</summary>
    Participation,

    /// <summary>X before or after Y, or X in response to Y.</summary>
    Sequence,

    /// <summary>Who coined or championed which policy.</summary>
    Policy,

    /// <summary>A mistake students often make, as the pack records it.</summary>
    Misconception,
}

/// <summary>A checkable claim found in a sentence, with its verdict and, when wrong, the correction.</summary>
/// <param name="Kind">What kind of claim it is.</param>
/// <param name="Sentence">The sentence it is in.</param>
/// <param name="Statement">The claim, briefly: "Treaty of Rapallo: 1923".</param>
/// <param name="Verdict">What the knowledge base says.</param>
/// <param name="Correction">The right fact, when the claim is contradicted.</param>
/// <param name="Entries">The ids of the entries behind the verdict.</param>
/// <param name="Sources">The ids of the sources behind the verdict.</param>
public sealed record Claim(
    ClaimKind Kind,
    Sentence Sentence,
    string Statement,
    Verdict Verdict,
    string? Correction,
    IReadOnlyList<string> Entries,
    IReadOnlyList<string> Sources);

/// <summary>A sentence with the entries and dates recognised in it.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Mentions">The entries it names.</param>
/// <param name="Times">The dates it gives.</param>
public sealed record RecognizedSentence(Sentence Sentence, IReadOnlyList<Mention> Mentions, IReadOnlyList<TimeMention> Times);
