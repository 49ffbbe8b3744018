using Clio.Essays;
using Clio.Text;

namespace Clio.Tests.Essays;

public class VocabularyTest
{
    [Theory]
    [InlineData("invaded", "invade")]
    [InlineData("soviets", "ussr")]
    [InlineData("pacts", "pact")]
    [InlineData("industrialization", "industrialisation")]
    [InlineData("the", null)]
    [InlineData("august", null)]
    public void Get_GivesTheLexiconKey(string word, string? key) => Assert.Equal(key, Vocabulary.Get(word).Key);

    [Theory]
    [InlineData("treaties")]
    [InlineData("pacts")]
    [InlineData("organize")]
    public void Get_GivesTheStem(string word) => Assert.Equal(Stemmer.Stem(word), Vocabulary.Get(word).Stem);

    [Theory]
    [InlineData("1939", "Digit")]
    [InlineData("twenties", "DateTrigger, DateStarter")]
    [InlineData("may", "Month, DateStarter, Hedge")]
    [InlineData("never", "Negation")]
    [InlineData("signed", "SignWord, TakingPartStart")]
    [InlineData("because", "AnalysisStart")]
    [InlineData("however", "WeighingStart")]
    [InlineData("chancellor", "OfficeStart")]
    [InlineData("stalin", "None")]
    public void Get_PlacesTheWordOnItsLists(string word, string classes) => Assert.Equal(Enum.Parse<WordClass>(classes), Vocabulary.Get(word).Classes);

    [Fact]
    public void Get_ByTextAndBySpanAgree()
    {
        var text = Vocabulary.Get("litvinov");
        var span = Vocabulary.Get("litvinov's".AsSpan(0, 8));

        Assert.Equal(text.Text, span.Text);
        Assert.Equal(text.Key, span.Key);
        Assert.Equal(text.Classes, span.Classes);
    }

    [Fact]
    public void SentencesShareTheEntryOfAWord()
    {
        var doc = EssayDocument.Parse("The Pact was signed. The Pact was broken.");

        Assert.Same(doc.Sentences[0].Infos[1], doc.Sentences[1].Infos[1]);
        Assert.Equal(["the", "pact", "was", "broken"], doc.Sentences[1].Texts);
    }
}
