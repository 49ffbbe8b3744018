using Clio.Storage.Anki;

namespace Clio.Storage.Tests.Anki;

internal static class Samples
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 3, 1, 9, 30, 15, 250, TimeSpan.Zero);

    public static IReadOnlyList<AnkiNote> Notes { get; } =
    [
        new("rapallo-guid", "Treaty of Rapallo", "16 April 1922: Germany and Soviet Russia restore relations.",
            ["diplomacy", "germany"], "Clio::USSR 1917-41"),
        new("pact-guid", "When was the Nazi-Soviet Pact signed?", "23 August 1939,\nin Moscow.",
            ["pact"], "Clio::USSR 1917-41"),
        new("html-guid", "a < b & c", "<b> is \"bold\"; tab\there", [], "Clio::Other"),
        new("default-guid", "Pacte germano-soviétique", "1939", ["fr"], AnkiNote.DefaultDeck),
    ];
}
