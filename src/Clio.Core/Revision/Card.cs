using Clio.Dates;

namespace Clio.Revision;

/// <summary>What a flashcard tests: the five kinds an author may write, then the kinds generated from the entries.</summary>
public enum CardKind
{
    /// <summary>Authored: a fact.</summary>
    Fact,

    /// <summary>Authored: an argument.</summary>
    Argument,

    /// <summary>Authored: a historian's or a school's reading.</summary>
    Historiography,

    /// <summary>Authored: a concept.</summary>
    Concept,

    /// <summary>Authored: a cause or a consequence.</summary>
    Cause,

    /// <summary>Generated: an event, asking when it happened.</summary>
    EventDate,

    /// <summary>Generated: a date, asking which event it was.</summary>
    DateEvent,

    /// <summary>Generated: a person and the day a term began, asking for the office.</summary>
    PersonOffice,

    /// <summary>Generated: a person and an office, asking for the years of the term.</summary>
    OfficeTerm,

    /// <summary>Generated: a definition with the term blanked out, asking for the term.</summary>
    TermDefinition,

    /// <summary>Generated: a historian or school, asking for the argument (an open card).</summary>
    HistorianArgument,

    /// <summary>Generated: one claim, asking which historian makes it.</summary>
    HistorianClaim,

    /// <summary>Generated: a treaty, asking who signed it.</summary>
    TreatyParties,

    /// <summary>Generated: a treaty, asking for its main terms (an open card).</summary>
    TreatyTerms,

    /// <summary>Generated: an event, asking what it led to.</summary>
    CauseConsequence,
}

/// <summary>How a typed answer to a card is graded.</summary>
public enum AnswerKind
{
    /// <summary>An open card: the student compares with the back and rates it.</summary>
    None,

    /// <summary>Any one of <see cref="Card.Answers"/>, or an alias of the entry it names.</summary>
    Text,

    /// <summary>A date, at the precision of <see cref="Card.DateAnswer"/>.</summary>
    Date,

    /// <summary>Every one of <see cref="Card.Answers"/>, in any order.</summary>
    AllOf,
}

/// <summary>A flashcard: a front that asks, a back that answers, and the entries behind it.</summary>
public sealed record Card
{
    /// <summary>
    /// An id stable across runs: the authored id (<c>card-…</c>), or for a generated card <c>gen.</c>, its kind and
    /// the ids it is built from, such as <c>gen.event-date.nazi-soviet-pact</c>.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>What the card tests.</summary>
    public required CardKind Kind { get; init; }

    /// <summary>The question or prompt; it never contains its answer.</summary>
    public required string Front { get; init; }

    /// <summary>The full answer.</summary>
    public required string Back { get; init; }

    /// <summary>The typed answers accepted: for <see cref="AnswerKind.Text"/> any one of them, for <see cref="AnswerKind.AllOf"/> all.</summary>
    public IReadOnlyList<string> Answers { get; init; } = [];

    /// <summary>How a typed answer is graded.</summary>
    public required AnswerKind AnswerKind { get; init; }

    /// <summary>For a date card, the answer at the precision asked (a range for a term of office).</summary>
    public HistoricalDate? DateAnswer { get; init; }

    /// <summary>The ids of the entries behind the card; at least one, and all in the knowledge base.</summary>
    public required IReadOnlyList<string> Entries { get; init; }

    /// <summary>The id of the notes section the card belongs to, if any.</summary>
    public string? Section { get; init; }

    /// <summary>The ids of the card's themes.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Whether the pack's author wrote the card.</summary>
    public bool Authored { get; init; }
}
