using Clio.Essays;
using Clio.Packs;

namespace Clio.Tests.Essays;

public class EntityRecognizerTest
{
    private static readonly EntityRecognizer Recognizer = new(PackLoader.Default);

    private static string[] Ids(string text)
    {
        var doc = EssayDocument.Parse(text);
        return [.. Recognizer.Find(doc.Sentences[0], doc.Text).Select(m => m.Entry.Id)];
    }

    [Theory]
    [InlineData("The Nazi–Soviet Pact shocked the West.", "nazi-soviet-pact")]
    [InlineData("The Nazi-Soviet Pact shocked the West.", "nazi-soviet-pact")]
    [InlineData("The Molotov-Ribbentrop Pact shocked the West.", "nazi-soviet-pact")]
    [InlineData("The Pact shocked the West.", "nazi-soviet-pact")]
    [InlineData("Litvinov's speeches at Geneva were famous.", "litvinov")]
    [InlineData("Stalin trusted the League little.", "league-of-nations")]
    [InlineData("The USSR joined the League of Nations.", "league-entry")]
    [InlineData("Litvinov was dismissed in May.", "litvinov-dismissed")]
    [InlineData("The Red Army invaded eastern Poland.", "soviet-invasion-of-poland")]
    [InlineData("Piłsudski led the Polish army.", "pilsudski")]
    [InlineData("Pilsudski led the Polish army.", "pilsudski")]
    public void Find_KnowsNamesAliasesAndDescriptions(string sentence, string id) =>
        Assert.Contains(id, Ids(sentence));

    [Theory]
    [InlineData("The Franco-Soviet Pact was signed in 1935.", "franco")]
    [InlineData("The garden of eden was pleasant.", "eden")]
    [InlineData("The diplomatic service suffered in the purges.", "service")]
    public void Find_DoesNotMistakeCommonWordsOrCompoundsForPeople(string sentence, string id) =>
        Assert.DoesNotContain(id, Ids(sentence));

    [Fact]
    public void Find_PrefersTheLongestName()
    {
        var ids = Ids("The Soviet–Czechoslovak Treaty of Mutual Assistance followed.");

        Assert.Equal("soviet-czechoslovak-pact", ids[0]);
    }
}
