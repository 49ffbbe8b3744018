using Clio.Packs;
using Clio.Search;

namespace Clio.Tests.Search;

public class SearchIndexTest
{
    private static readonly SearchIndex Index = SearchIndex.Build(PackLoader.Default);

    private static string[] Top(string query, int n) => [.. Index.Search(query, n).Select(h => h.Entry.Id)];

    [Theory]
    [InlineData("litvinov", "litvinov")]
    [InlineData("LITVINOV", "litvinov")]
    [InlineData("litvinof", "litvinov")]
    [InlineData("litvinov's", "litvinov")]
    [InlineData("chicherine", "chicherin")]
    [InlineData("molotov ribbentrop", "nazi-soviet-pact")]
    [InlineData("Molotov–Ribbentrop Pact", "nazi-soviet-pact")]
    [InlineData("molotov-ribbentrop pact", "nazi-soviet-pact")]
    [InlineData("nazi soviet pact", "nazi-soviet-pact")]
    [InlineData("german-soviet non-aggression pact", "nazi-soviet-pact")]
    [InlineData("rapallo", "treaty-of-rapallo")]
    [InlineData("treaty of rapalo", "treaty-of-rapallo")]
    [InlineData("pilsudski", "pilsudski")]
    [InlineData("Piłsudski", "pilsudski")]
    [InlineData("thalmann", "thalmann")]
    [InlineData("jonathan haslam", "haslam")]
    [InlineData("spanish civil war", "spanish-civil-war")]
    [InlineData("league of nations", "league-of-nations")]
    [InlineData("operation barbarossa", "operation-barbarossa")]
    [InlineData("zinoviev letter", "zinoviev-letter")]
    [InlineData("arcos raid", "arcos-raid")]
    [InlineData("cordon sanitaire", "cordon-sanitaire")]
    [InlineData("brest litovsk treaty", "treaty-of-brest-litovsk")]
    [InlineData("khalkin gol", "khalkhin-gol")]
    public void RealisticQueriesPutTheRightEntryFirst(string query, string expected) =>
        Assert.Equal(expected, Top(query, 1).FirstOrDefault());

    [Theory]
    [InlineData("munich", "munich-agreement")]
    [InlineData("winter war", "winter-war")]
    [InlineData("socialism in one country", "socialism-in-one-country")]
    [InlineData("popular front", "popular-front")]
    [InlineData("collective security", "collective-security")]
    [InlineData("litvinov league speech", "league-entry")]
    [InlineData("anschluss", "anschluss")]
    [InlineData("third period social fascism", "social-fascism")]
    public void RealisticQueriesFindTheRightEntryNearTheTop(string query, string expected) =>
        Assert.Contains(expected, Top(query, 5));

    [Fact]
    public void TheLastWordIsCompletedAsItIsTyped() =>
        Assert.Contains("litvinov", Top("litv", 5));

    [Fact]
    public void AnEntryMatchingEveryWordOutranksOneMatchingSome()
    {
        var hits = Index.Search("soviet czechoslovak pact", 10);

        Assert.Equal("soviet-czechoslovak-pact", hits[0].Entry.Id);
    }

    [Fact]
    public void ResultsComeBestFirstWithSnippets()
    {
        var hits = Index.Search("collective security", 10);

        Assert.Equal(10, hits.Count);
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
        Assert.All(hits, h => Assert.False(string.IsNullOrWhiteSpace(h.Snippet)));
        Assert.All(hits, h => Assert.True(h.Snippet.Length <= 170, h.Snippet));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("–—?!")]
    [InlineData("qqqqxxzz")]
    public void QueriesWithNothingToFindReturnNothing(string query) =>
        Assert.Empty(Index.Search(query, 10));

    [Fact]
    public void TheLimitIsRespected() =>
        Assert.Equal(3, Index.Search("pact", 3).Count);

    [Fact]
    public void TheSameQueryAlwaysGivesTheSameResults() =>
        Assert.Equal(Top("soviet pact germany", 20), Top("soviet pact germany", 20));
}
