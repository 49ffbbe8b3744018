using System.Text;

namespace Clio.Storage.Anki;

/// <summary>
/// One note to exchange with Anki: a Basic note with a Front and a Back field, as plain text (the exporters escape
/// HTML and turn line breaks into <c>&lt;br&gt;</c> where Anki wants HTML). Two notes are equal when every field
/// is, tags compared in order.
/// </summary>
/// <param name="Guid">Anki's note id across collections: the same guid on a later export updates the note instead of
/// adding a copy. Not empty; unique within one export.</param>
/// <param name="Front">The question side, plain text.</param>
/// <param name="Back">The answer side, plain text.</param>
/// <param name="Tags">Anki tags. Anki tags hold no spaces, so exporters replace white space inside a tag with
/// <c>_</c>, and drop empty and repeated tags.</param>
/// <param name="Deck">The deck's full name, levels separated by <c>::</c> (e.g. <c>Clio::USSR 1917-41</c>); not
/// empty.</param>
public sealed record AnkiNote(string Guid, string Front, string Back, IReadOnlyList<string> Tags, string Deck)
{
    /// <summary>The name of the deck every Anki collection has, with id 1.</summary>
    public const string DefaultDeck = "Default";

    /// <inheritdoc />
    public bool Equals(AnkiNote? other) =>
        other is not null &&
        string.Equals(Guid, other.Guid, StringComparison.Ordinal) &&
        string.Equals(Front, other.Front, StringComparison.Ordinal) &&
        string.Equals(Back, other.Back, StringComparison.Ordinal) &&
        string.Equals(Deck, other.Deck, StringComparison.Ordinal) &&
        Tags.SequenceEqual(other.Tags, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Guid, StringComparer.Ordinal);
        hash.Add(Front, StringComparer.Ordinal);
        hash.Add(Back, StringComparer.Ordinal);
        hash.Add(Deck, StringComparer.Ordinal);
        foreach (var tag in Tags)
        {
            hash.Add(tag, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Guid = ").Append(Guid)
            .Append(", Front = ").Append(Front)
            .Append(", Back = ").Append(Back)
            .Append(", Tags = [").AppendJoin(", ", Tags)
            .Append("], Deck = ").Append(Deck);
        return true;
    }
}
