using Clio.Dates;
using Clio.Essays;

namespace Clio.Tests.Essays;

public class TemporalRecognizerTest
{
    private static TimeMention Single(string sentence, HistoricalDate? anchor = null)
    {
        var doc = EssayDocument.Parse(sentence);
        return Assert.Single(TemporalRecognizer.Find(doc.Sentences[0], anchor));
    }

    [Theory]
    [InlineData("The USSR joined the League in 1934.", "1934", "1934", "1934", TimeRelation.At)]
    [InlineData("It was signed in May 1935.", "May 1935", "1935-05", "1935-05", TimeRelation.At)]
    [InlineData("The Pact was signed on 23 August 1939.", "23 August 1939", "1939-08-23", "1939-08-23", TimeRelation.At)]
    [InlineData("The Pact was signed on August 23, 1939.", "August 23, 1939", "1939-08-23", "1939-08-23", TimeRelation.At)]
    [InlineData("The Pact was signed on the 23rd of August 1939.", "the 23rd of August 1939", "1939-08-23", "1939-08-23", TimeRelation.At)]
    [InlineData("Soviet aid flowed in 1936-39.", "1936-39", "1936", "1939", TimeRelation.At)]
    [InlineData("Soviet aid flowed in 1936–1939.", "1936–1939", "1936", "1939", TimeRelation.At)]
    [InlineData("Collective security lasted between 1934 and 1939.", "between 1934 and 1939", "1934", "1939", TimeRelation.At)]
    [InlineData("Litvinov served from 1930 to 1939.", "from 1930 to 1939", "1930", "1939", TimeRelation.At)]
    [InlineData("By 1941 the USSR had annexed the Baltic states.", "1941", "1941", "1941", TimeRelation.By)]
    [InlineData("Chicherin was foreign commissar until 1930.", "1930", "1930", "1930", TimeRelation.Until)]
    [InlineData("Molotov had chaired Sovnarkom since 1930.", "1930", "1930", "1930", TimeRelation.Since)]
    [InlineData("Things changed after 1933.", "1933", "1933", "1933", TimeRelation.After)]
    [InlineData("Trade grew in the late 1920s.", "the late 1920s", "1926", "1929", TimeRelation.At)]
    [InlineData("Policy shifted in the early 1930s.", "the early 1930s", "1930", "1933", TimeRelation.At)]
    [InlineData("Relations warmed in the mid-twenties.", "mid-twenties", "1923", "1927", TimeRelation.At)]
    [InlineData("Relations warmed in the 1920s.", "the 1920s", "1920s", "1920s", TimeRelation.At)]
    [InlineData("The talks began around 1934.", "1934", "1933", "1935", TimeRelation.At)]
    [InlineData("It happened in late 1938.", "late 1938", "1938-08", "1938-12", TimeRelation.At)]
    [InlineData("The war ran from 17–26 September 1939.", "17–26 September 1939", "1939-09-17", "1939-09-26", TimeRelation.At)]
    public void Find_RecognisesTheFormsStudentsWrite(string sentence, string text, string start, string end, TimeRelation relation)
    {
        var time = Single(sentence);

        Assert.Contains(text, time.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(start, time.Date.Start.ToIsoString());
        Assert.Equal(end, time.Date.End.ToIsoString());
        Assert.Equal(relation, time.Relation);
    }

    [Theory]
    [InlineData("A year later the USSR joined the League.", 1935)]
    [InlineData("Two years later it was expelled.", 1936)]
    [InlineData("The following year Germany left.", 1935)]
    [InlineData("That year Hitler came to power.", 1934)]
    public void RelativeExpressionsCountFromTheLastDate(string sentence, int year)
    {
        var time = Single(sentence, HistoricalDate.FromYear(1934));

        Assert.True(time.IsRelative);
        Assert.Equal(year, time.Date.Year);
    }

    [Fact]
    public void RelativeExpressionsWithNoEarlierDateAreIgnored() =>
        Assert.Empty(TemporalRecognizer.Find(EssayDocument.Parse("A year later it ended.").Sentences[0], null));

    [Theory]
    [InlineData("The USSR sent 1000 aircraft to China.")]
    [InlineData("About 1500 tanks were lost.")]
    [InlineData("The treaty had 21 articles and 3 annexes.")]
    [InlineData("He wrote 35,000 words.")]
    public void CountsAreNotDates(string sentence) =>
        Assert.Empty(TemporalRecognizer.Find(EssayDocument.Parse(sentence).Sentences[0], null));
}
