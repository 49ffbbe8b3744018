using Clio.Essays;

namespace Clio.Tests.Essays;

public class EssayDocumentTest
{
    [Fact]
    public void ParagraphsAreSplitOnBlankLinesAndSentencesOnFullStops()
    {
        var text = "Stalin wanted security. He feared Germany!\n\nIn 1939 he signed the Pact. Was it wise?";
        var doc = EssayDocument.Parse(text);

        Assert.Equal(2, doc.Paragraphs.Count);
        Assert.Equal(["Stalin wanted security.", "He feared Germany!", "In 1939 he signed the Pact.", "Was it wise?"], doc.Sentences.Select(s => s.Text));
        Assert.Equal([0, 0, 1, 1], doc.Sentences.Select(s => s.Paragraph));
        Assert.Equal(15, doc.WordCount);
    }

    [Fact]
    public void EverySentenceKeepsItsOffsetsInTheOriginalText()
    {
        var text = "  First sentence here.   Second one follows.\n\n\nThird, in a new paragraph.";
        var doc = EssayDocument.Parse(text);

        Assert.All(doc.Sentences, s => Assert.Equal(s.Text, text[s.Start..s.End]));
        Assert.All(doc.Sentences.SelectMany(s => s.Words), w => Assert.Equal(w.Text, text.Substring(w.Start, w.Length).ToLowerInvariant()));
    }

    [Theory]
    [InlineData("A. J. P. Taylor argued that the Pact was defensive. Others disagree.", 2)]
    [InlineData("E. H. Carr wrote on the Comintern. He was a realist.", 2)]
    [InlineData("It was signed c. 1921 in Moscow. Then trade grew.", 2)]
    [InlineData("The U.S. recognised the USSR in 1933. Britain had done so earlier.", 2)]
    [InlineData("Some states, e.g. Poland, refused. Others agreed.", 2)]
    [InlineData("The loan was 1.5 million roubles. It was repaid.", 2)]
    [InlineData("He said \"never again.\" Then he left.", 2)]
    public void InitialsAbbreviationsAndNumbersDoNotEndSentences(string text, int sentences) =>
        Assert.Equal(sentences, EssayDocument.Parse(text).Sentences.Count);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("...")]
    [InlineData("!!!???")]
    public void TextWithNoWordsGivesAnEmptyDocument(string text)
    {
        var doc = EssayDocument.Parse(text);

        Assert.Empty(doc.Sentences);
        Assert.Equal(0, doc.WordCount);
    }
}
