using Clio.Text;

namespace Clio.Tests.Text;

public class TextTest
{
    [Theory]
    [InlineData("Molotov–Ribbentrop Pact", "molotov ribbentrop pact")]
    [InlineData("Lenin's foreign policy", "lenin foreign policy")]
    [InlineData("Stalin’s speech", "stalin speech")]
    [InlineData("Piłsudski and Beneš", "pilsudski and benes")]
    [InlineData("Thälmann, KPD!", "thalmann kpd")]
    [InlineData("Kühlmann's o'clock", "kuhlmann oclock")]
    [InlineData("  ", "")]
    public void Normalize_FoldsCaseAccentsPunctuationAndPossessives(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Normalize(text));

    [Fact]
    public void Tokenize_KeepsTheOffsetsOfTheOriginalText()
    {
        var text = "The Nazi–Soviet Pact";
        var tokens = TextFolding.Tokenize(text);

        Assert.Equal(["the", "nazi", "soviet", "pact"], tokens.Select(t => t.Token));
        Assert.All(tokens, t => Assert.Equal(t.Token, text.Substring(t.Start, t.Length).ToLowerInvariant()));
    }

    [Theory]
    [InlineData("litvinov", "litvinov", 0)]
    [InlineData("litvinof", "litvinov", 1)]
    [InlineData("ltivinov", "litvinov", 1)]
    [InlineData("litvnov", "litvinov", 1)]
    [InlineData("chicherine", "chicherin", 1)]
    [InlineData("stalin", "trotsky", 7)]
    [InlineData("", "abc", 3)]
    public void EditDistance_CountsInsertionsDeletionsSubstitutionsAndSwaps(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Compute(a, b));

    [Fact]
    public void EditDistance_StopsEarlyPastTheLimit() =>
        Assert.Equal(3, EditDistance.Compute("stalin", "trotsky", max: 2));

    [Theory]
    [InlineData("litvinof", "litvinov")]
    [InlineData("sumary", "summary")]
    [InlineData("nazi-soviet", "nazi-soviet-pact")]
    public void Suggestions_FindTheNearestCandidate(string input, string expected) =>
        Assert.Equal(expected, Suggestions.Nearest(input, ["litvinov", "molotov", "summary", "significance", "nazi-soviet-pact"], 1).Single());

    [Fact]
    public void Suggestions_OfferNothingWhenNothingIsClose() =>
        Assert.Empty(Suggestions.Nearest("zzzzzz", ["litvinov", "molotov"]));

    [Theory]
    [InlineData("pacts", "pact")]
    [InlineData("treaties", "treaty")]
    [InlineData("soviets", "soviet")]
    [InlineData("congress", "congress")]
    [InlineData("bolsheviks", "bolshevik")]
    [InlineData("was", "was")]
    public void Stem_FoldsPluralsButLeavesShortWordsAlone(string word, string stem) =>
        Assert.Equal(stem, Stemmer.Stem(word));
}
