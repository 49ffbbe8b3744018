using Clio.Knowledge;
using Clio.Packs;

namespace Clio.Tests.Knowledge;

/// <summary>
/// Dates and offices of the default pack pinned against standard references (Encyclopaedia Britannica; Haslam,
/// Roberts and Carr for the diplomatic detail). If one of these fails, the pack is wrong, not the test.
/// </summary>
public class AnchorFactsTest
{
    private static readonly KnowledgeBase Kb = PackLoader.Default;

    [Theory]
    [InlineData("october-revolution", "1917-11-07")]
    [InlineData("decree-on-peace", "1917-11-08")]
    [InlineData("armistice-of-brest-litovsk", "1917-12-15")]
    [InlineData("treaty-of-brest-litovsk", "1918-03-03")]
    [InlineData("founding-of-comintern", "1919-03-02")]
    [InlineData("treaty-of-versailles", "1919-06-28")]
    [InlineData("anglo-soviet-trade-agreement", "1921-03-16")]
    [InlineData("treaty-of-riga", "1921-03-18")]
    [InlineData("treaty-of-rapallo", "1922-04-16")]
    [InlineData("formation-of-ussr", "1922-12-30")]
    [InlineData("death-of-lenin", "1924-01-21")]
    [InlineData("british-recognition", "1924-02-01")]
    [InlineData("treaty-of-berlin", "1926-04-24")]
    [InlineData("shanghai-massacre", "1927-04-12")]
    [InlineData("arcos-raid", "1927-05-12")]
    [InlineData("kellogg-briand-pact", "1928-08-27")]
    [InlineData("litvinov-protocol", "1929-02-09")]
    [InlineData("litvinov-appointed", "1930-07-21")]
    [InlineData("mukden-incident", "1931-09-18")]
    [InlineData("soviet-polish-non-aggression-pact", "1932-07-25")]
    [InlineData("franco-soviet-non-aggression-pact", "1932-11-29")]
    [InlineData("hitler-chancellor", "1933-01-30")]
    [InlineData("us-recognition", "1933-11-16")]
    [InlineData("german-polish-declaration", "1934-01-26")]
    [InlineData("league-entry", "1934-09-18")]
    [InlineData("franco-soviet-pact", "1935-05-02")]
    [InlineData("soviet-czechoslovak-pact", "1935-05-16")]
    [InlineData("seventh-comintern-congress", "1935-07-25")]
    [InlineData("rhineland-remilitarisation", "1936-03-07")]
    [InlineData("spanish-civil-war", "1936-07-17")]
    [InlineData("anti-comintern-pact", "1936-11-25")]
    [InlineData("marco-polo-bridge-incident", "1937-07-07")]
    [InlineData("sino-soviet-non-aggression-pact", "1937-08-21")]
    [InlineData("munich-agreement", "1938-09-29")]
    [InlineData("chestnuts-speech", "1939-03-10")]
    [InlineData("german-occupation-of-prague", "1939-03-15")]
    [InlineData("british-guarantee-to-poland", "1939-03-31")]
    [InlineData("litvinov-dismissed", "1939-05-03")]
    [InlineData("german-soviet-credit-agreement", "1939-08-19")]
    [InlineData("nazi-soviet-pact", "1939-08-23")]
    [InlineData("german-invasion-of-poland", "1939-09-01")]
    [InlineData("soviet-invasion-of-poland", "1939-09-17")]
    [InlineData("boundary-and-friendship-treaty", "1939-09-28")]
    [InlineData("winter-war", "1939-11-30")]
    [InlineData("league-expulsion", "1939-12-14")]
    [InlineData("german-soviet-commercial-agreement", "1940-02-11")]
    [InlineData("treaty-of-moscow-1940", "1940-03-12")]
    [InlineData("bessarabia-annexation", "1940-06-26")]
    [InlineData("tripartite-pact", "1940-09-27")]
    [InlineData("molotov-berlin-visit", "1940-11-12")]
    [InlineData("directive-21", "1940-12-18")]
    [InlineData("soviet-japanese-neutrality-pact", "1941-04-13")]
    [InlineData("stalin-heads-government", "1941-05-06")]
    [InlineData("operation-barbarossa", "1941-06-22")]
    [InlineData("stalin-radio-speech", "1941-07-03")]
    [InlineData("anglo-soviet-agreement", "1941-07-12")]
    public void AnchorEventsStartOnTheirDay(string id, string start)
    {
        var e = Kb.Find<Event>(id);

        Assert.NotNull(e);
        Assert.Equal(start, e.Date.Start.ToIsoString());
    }

    [Theory]
    [InlineData("winter-war", "1940-03-13")]
    [InlineData("spanish-civil-war", "1939-04-01")]
    [InlineData("bessarabia-annexation", "1940-06-28")]
    public void AnchorEventsEndOnTheirDay(string id, string end) =>
        Assert.Equal(end, Kb.Find<Event>(id)!.Date.End.ToIsoString());

    [Theory]
    [InlineData("october-revolution", "1917-10-25")]
    [InlineData("decree-on-peace", "1917-10-26")]
    public void RevolutionaryDaysCarryTheirOldStyleDay(string id, string julian)
    {
        var date = Kb.Find<Event>(id)!.Date;

        Assert.True(date.HasOldStyle);
        Assert.Equal(julian, date.ToOldStyleIsoString());
    }

    [Theory]
    [InlineData("comintern-dissolved", 1943)]
    [InlineData("khalkhin-gol", 1939)]
    [InlineData("lake-khasan", 1938)]
    [InlineData("katyn-massacre", 1940)]
    [InlineData("great-terror", 1936)]
    public void AnchorEventsFallInTheirYear(string id, int year) =>
        Assert.Equal(year, Kb.Find<Event>(id)!.Date.Year);

    [Theory]
    [InlineData("trotsky", "Foreign Affairs", "1917-11-08", "1918-03")]
    [InlineData("chicherin", "People's Commissar for Foreign Affairs", null, "1930-07-21")]
    [InlineData("litvinov", "People's Commissar for Foreign Affairs", "1930-07-21", "1939-05-03")]
    [InlineData("molotov", "People's Commissar for Foreign Affairs", "1939-05-03", null)]
    [InlineData("molotov", "Chairman of the Council of People's Commissars", "1930-12-19", "1941-05-06")]
    [InlineData("stalin", "General Secretary", "1922-04-03", null)]
    [InlineData("stalin", "Chairman of the Council of People's Commissars", "1941-05-06", null)]
    [InlineData("lenin", "Chairman of the Council of People's Commissars", "1917-11-08", "1924-01-21")]
    [InlineData("hitler", "Chancellor", "1933-01-30", null)]
    [InlineData("ribbentrop", "Foreign Minister", "1938-02-04", null)]
    [InlineData("neville-chamberlain", "Prime Minister", "1937-05-28", "1940-05-10")]
    [InlineData("roosevelt", "President", "1933-03-04", null)]
    public void OfficesHaveTheirExactTerms(string person, string office, string? from, string? to)
    {
        var actor = Kb.Find<Actor>(person);
        Assert.NotNull(actor);

        // The office named exactly if the person held it, else one whose name contains it ("General Secretary").
        var exact = actor.Roles.Where(r => r.Office == office).ToList();
        var candidates = exact.Count > 0 ? exact : [.. actor.Roles.Where(r => r.Office.Contains(office, StringComparison.Ordinal))];
        var role = candidates.FirstOrDefault(r => from is null || r.From.ToIsoString().StartsWith(from, StringComparison.Ordinal));

        Assert.True(role is not null, $"{person} has no role '{office}' from {from}: {string.Join("; ", actor.Roles.Select(r => $"{r.Office} {r.Term}"))}");
        if (to is not null)
        {
            Assert.NotNull(role.To);
            Assert.StartsWith(to, role.To.Value.ToIsoString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheThreeForeignCommissarsOf1918To1949FollowEachOtherWithoutGapOrOverlap()
    {
        var office = "People's Commissar for Foreign Affairs";
        var terms = new[] { "chicherin", "litvinov", "molotov" }
            .Select(id => Kb.Find<Actor>(id)!.Roles.Last(r => r.Office == office))
            .ToArray();

        Assert.Equal(terms[0].To!.Value.Earliest, terms[1].From.Earliest);
        Assert.Equal(terms[1].To!.Value.Earliest, terms[2].From.Earliest);
    }
}
