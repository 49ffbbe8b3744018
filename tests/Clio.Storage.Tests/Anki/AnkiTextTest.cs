using Clio.Storage.Anki;
using FsCheck;
using FsCheck.Xunit;

namespace Clio.Storage.Tests.Anki;

public sealed class AnkiTextTest
{
    [Fact]
    public void Write_Default_IsTabSeparatedHtmlWithHeaders()
    {
        const string expected =
            "#separator:tab\n" +
            "#html:true\n" +
            "#notetype:Basic\n" +
            "#guid column:1\n" +
            "#deck column:2\n" +
            "#tags column:5\n" +
            "rapallo-guid\tClio::USSR 1917-41\tTreaty of Rapallo\t16 April 1922: Germany and Soviet Russia restore relations.\tdiplomacy germany\n" +
            "pact-guid\tClio::USSR 1917-41\tWhen was the Nazi-Soviet Pact signed?\t23 August 1939,<br>in Moscow.\tpact\n" +
            "html-guid\tClio::Other\ta &lt; b &amp; c\t\"&lt;b&gt; is \"\"bold\"\"; tab\there\"\t\n" +
            "default-guid\tDefault\tPacte germano-soviétique\t1939\tfr\n";

        Assert.Equal(expected, AnkiText.Write(Samples.Notes));
    }

    [Fact]
    public void Write_CommaWithoutHtml_QuotesFieldsWithCommasQuotesAndLineBreaks()
    {
        var text = AnkiText.Write(Samples.Notes, new AnkiTextOptions(AnkiSeparator.Comma, Html: false));
        var lines = text.Split('\n');

        Assert.Equal(["#separator:comma", "#html:false"], lines[..2]);
        Assert.Contains("pact-guid,Clio::USSR 1917-41,When was the Nazi-Soviet Pact signed?,\"23 August 1939,\nin Moscow.\",pact\n", text, StringComparison.Ordinal);
        Assert.Contains("html-guid,Clio::Other,a < b & c,\"<b> is \"\"bold\"\"; tab\there\",\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TagsWithSpacesOrRepeats_AreMadeIntoAnkiTags()
    {
        var text = AnkiText.Write([new AnkiNote("g", "f", "b", ["cold war", "", "cold_war", "x"], "D")]);

        Assert.EndsWith("\tcold_war x\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FieldStartingWithHash_IsQuotedSoItIsNotAComment()
    {
        var note = new AnkiNote("#guid", "#1 question", "b", [], "D");

        var text = AnkiText.Write([note]);

        Assert.Contains("\"#guid\"\tD\t\"#1 question\"", text, StringComparison.Ordinal);
        Assert.Equal([note], AnkiText.Parse(text).Notes);
    }

    public static TheoryData<AnkiSeparator, bool> Formats()
    {
        var data = new TheoryData<AnkiSeparator, bool>();
        foreach (var separator in Enum.GetValues<AnkiSeparator>())
        {
            data.Add(separator, true);
            data.Add(separator, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_UndoesWrite_InEveryFormat(AnkiSeparator separator, bool html)
    {
        var result = AnkiText.Parse(AnkiText.Write(Samples.Notes, new AnkiTextOptions(separator, html)));

        Assert.Empty(result.Errors);
        Assert.Equal(Samples.Notes, result.Notes);
        Assert.Equal(separator, result.Separator);
        Assert.Equal(html, result.Html);
    }

    [Property(MaxTest = 300)]
    public bool Parse_UndoesWrite_ForAnyText(NonEmptyString[] guids, string[] fronts, string[] backs, string[][] tags, NonEmptyString[] decks, bool html, byte separator)
    {
        var count = new[] { guids.Length, fronts.Length, backs.Length, tags.Length, decks.Length }.Min();
        var notes = Enumerable.Range(0, count).Select(i => new AnkiNote(
            $"{i}{guids[i].Get}",
            string.IsNullOrWhiteSpace(fronts[i]) ? "front" + fronts[i] : fronts[i],
            backs[i] ?? "",
            AnkiIds.NormalizeTags((tags[i] ?? []).Where(t => t is not null)),
            decks[i].Get)).ToList();
        var options = new AnkiTextOptions((AnkiSeparator)(separator % 6), html);

        var result = AnkiText.Parse(AnkiText.Write(notes, options));

        return result.Success && result.Notes.SequenceEqual(notes);
    }

    [Fact]
    public void Parse_CommaSeparated_WithQuotedLineBreaksAndQuotes()
    {
        const string text = "#separator:comma\n" +
            "\"Who signed, for the USSR?\",\"Molotov\nand Stalin watched\"\n" +
            "\"He said \"\"no\"\"\",plain\n";

        var result = AnkiText.Parse(text);

        Assert.Empty(result.Errors);
        Assert.Equal(
            [("Who signed, for the USSR?", "Molotov\nand Stalin watched"), ("He said \"no\"", "plain")],
            result.Notes.Select(n => (n.Front, n.Back)));
    }

    [Theory]
    [InlineData("#separator:semicolon\nQ;A\n")]
    [InlineData("#separator:Semicolon\nQ;A\n")]
    [InlineData("#separator:;\nQ;A\n")]
    [InlineData("#separator:pipe\nQ|A\n")]
    [InlineData("#separator:|\nQ|A\n")]
    [InlineData("#separator:colon\nQ:A\n")]
    [InlineData("#separator: comma \nQ,A\n")]
    [InlineData("#separator:space\nQ A\n")]
    [InlineData("#separator:TAB\nQ\tA\n")]
    [InlineData("Q\tA\n")]
    [InlineData("Q\tA")]
    [InlineData("\uFEFFQ\tA\r\n")]
    public void Parse_EverySeparatorSpelling_AndNoHeaderMeansTab(string text)
    {
        var result = AnkiText.Parse(text);

        Assert.Empty(result.Errors);
        var note = Assert.Single(result.Notes);
        Assert.Equal(("Q", "A"), (note.Front, note.Back));
    }

    [Fact]
    public void Parse_NoHeaders_TakesDefaults_AndAThirdColumnAsTags()
    {
        var result = AnkiText.Parse("Rapallo\t1922\tgermany treaties\nLocarno\t1925\n");

        Assert.Empty(result.Errors);
        Assert.False(result.Html);
        Assert.Equal(AnkiSeparator.Tab, result.Separator);
        Assert.Equal(["germany", "treaties"], result.Notes[0].Tags);
        Assert.Empty(result.Notes[1].Tags);
        Assert.All(result.Notes, n => Assert.Equal(AnkiNote.DefaultDeck, n.Deck));
        Assert.Equal(AnkiIds.GuidFor("Rapallo", "1922"), result.Notes[0].Guid);
        Assert.Equal(16, result.Notes[0].Guid.Length);
    }

    [Fact]
    public void Parse_HtmlTrue_TurnsBreaksAndEntitiesIntoText()
    {
        var result = AnkiText.Parse("#html:true\na &lt; b<br>c &amp; d\t<i>kept</i>\n");

        var note = Assert.Single(result.Notes);
        Assert.Equal("a < b\nc & d", note.Front);
        Assert.Equal("<i>kept</i>", note.Back);
    }

    [Fact]
    public void Parse_HtmlFalse_KeepsTextAsItIs()
    {
        var note = Assert.Single(AnkiText.Parse("#html:false\na &lt; b<br>\tx\n").Notes);

        Assert.Equal("a &lt; b<br>", note.Front);
    }

    [Fact]
    public void Parse_CommentsAndBlankLines_AreSkipped()
    {
        const string text = "#separator:tab\n# a comment in the header\n\nQ1\tA1\n# a comment between notes\n\r\n\nQ2\tA2\n";

        var result = AnkiText.Parse(text);

        Assert.Equal(["Q1", "Q2"], result.Notes.Select(n => n.Front));
    }

    [Fact]
    public void Parse_DeckAndTagsHeaders_ApplyToEveryNote()
    {
        const string text = "#deck:History::USSR\n#tags:gcse  paper1\n#tags column:3\nQ\tA\tmine\nQ2\tA2\t\n";

        var result = AnkiText.Parse(text);

        Assert.Equal(["mine", "gcse", "paper1"], result.Notes[0].Tags);
        Assert.Equal(["gcse", "paper1"], result.Notes[1].Tags);
        Assert.All(result.Notes, n => Assert.Equal("History::USSR", n.Deck));
    }

    [Fact]
    public void Parse_LegacyTagsFirstLine_AddsTags()
    {
        var note = Assert.Single(AnkiText.Parse("tags:old style\nQ\tA\n").Notes);

        Assert.Equal(["old", "style"], note.Tags);
    }

    [Fact]
    public void Parse_AFileAsAnkiExportsNotes_WithANotetypeColumn()
    {
        const string text = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n" +
            "Ab1$x%\tBasic\tHistory::USSR\tFront <b>text</b>\tBack&nbsp;side\ttag1 tag2\n";

        var note = Assert.Single(AnkiText.Parse(text).Notes);

        Assert.Equal(
            new AnkiNote("Ab1$x%", "Front <b>text</b>", "Back\u00A0side", ["tag1", "tag2"], "History::USSR"),
            note);
    }

    [Fact]
    public void Parse_CrLfLineEnds_AreNotPartOfFields()
    {
        var result = AnkiText.Parse("#separator:comma\r\n#html:false\r\nQ1,A1\r\n\"Q2\",\"A\r\n2\"\r\n");

        Assert.Equal([("Q1", "A1"), ("Q2", "A\r\n2")], result.Notes.Select(n => (n.Front, n.Back)));
    }

    [Fact]
    public void Parse_TrailingEmptyColumns_AreIgnored()
    {
        var note = Assert.Single(AnkiText.Parse("#tags column:3\nQ\tA\t\t\t\n").Notes);

        Assert.Equal(("Q", "A"), (note.Front, note.Back));
    }

    public static TheoryData<string, string[]> BadFiles => new()
    {
        { "#separator:slash\nQ\tA\n", ["line 1: unknown separator 'slash' (use tab, comma, semicolon, space, pipe or colon)"] },
        { "#html:maybe\nQ\tA\n", ["line 1: #html: takes true or false, not 'maybe'"] },
        { "#guid column:zero\nQ\tA\n", ["line 1: #guid column: takes a column number from 1, not 'zero'"] },
        { "#guid column:1\n#tags column:1\nQ\tA\n", ["line 2: column 1 is already the guid column"] },
        { "Q\tA\n\"never closed\tA\nmore\n", ["line 2: a quoted field starts here and is never closed"] },
        { "\"Q\"x\tA\nQ2\tA2\n", ["line 1: text after a closing quote (write \"\" for a quote inside a quoted field)"] },
        { "Q\tA\n\tA2\n \tA3\n", ["line 2: the Front field is empty", "line 3: the Front field is empty"] },
        { "#guid column:1\ng\tQ\tA\ng\tQ2\tA2\n", ["line 3: guid 'g' is already used by the note on line 2"] },
        { "Q\tA\nQ\tA\n", [$"line 2: guid '{AnkiIds.GuidFor("Q", "A")}' is already used by the note on line 1"] },
        { "#tags column:3\nQ\tA\tt\textra\n", ["line 2: column 4 holds text, but a Basic note has only Front and Back"] },
        { "Q\tA\tt\textra\n", ["line 1: column 4 holds text, but a Basic note has only Front and Back (and tags after them)"] },
        { "#html:no\n\"a\n\nb\"x\tA\n\tB\n", ["line 1: #html: takes true or false, not 'no'", "line 4: text after a closing quote (write \"\" for a quote inside a quoted field)", "line 5: the Front field is empty"] },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Parse_BadFile_GivesEveryErrorWithItsLine_AndNoNotes(string text, string[] errors)
    {
        var result = AnkiText.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(errors, result.Errors.Select(e => e.ToString()));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Parse_Empty_IsNoNotes()
    {
        var result = AnkiText.Parse("");

        Assert.True(result.Success);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Write_RepeatedGuid_Throws()
    {
        Assert.Throws<ArgumentException>(
            () => AnkiText.Write([new AnkiNote("g", "a", "b", [], "D"), new AnkiNote("g", "c", "d", [], "D")]));
    }
}
