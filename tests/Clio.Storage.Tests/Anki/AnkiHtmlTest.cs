using Clio.Storage.Anki;
using FsCheck.Xunit;

namespace Clio.Storage.Tests.Anki;

public sealed class AnkiHtmlTest
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a < b && c > d", "a &lt; b &amp;&amp; c &gt; d")]
    [InlineData("two\nlines", "two<br>lines")]
    [InlineData("<br>", "&lt;br&gt;")]
    [InlineData("&amp;", "&amp;amp;")]
    public void FromPlainText_EscapesAndBreaksLines(string plain, string html)
    {
        Assert.Equal(html, AnkiHtml.FromPlainText(plain));
    }

    [Theory]
    [InlineData("a<br>b<BR/>c<br />d", "a\nb\nc\nd")]
    [InlineData("&lt;i&gt; &amp; &quot;q&quot; &#39;s&#39; &#x41;", "<i> & \"q\" 's' A")]
    [InlineData("<b>bold</b>", "<b>bold</b>")]
    public void ToPlainText_BreaksAndEntities(string html, string plain)
    {
        Assert.Equal(plain, AnkiHtml.ToPlainText(html));
    }

    [Property]
    public bool ToPlainText_UndoesFromPlainText(string text)
    {
        text ??= "";
        return AnkiHtml.ToPlainText(AnkiHtml.FromPlainText(text)) == text;
    }

    [Theory]
    [InlineData("<b>Bold</b> text", "Bold text")]
    [InlineData("a<!-- note -->b", "ab")]
    [InlineData("x&nbsp;y &amp; z", "x y & z")]
    [InlineData("one<br>two", "onetwo")]
    public void Strip_RemovesTagsAndDecodes(string html, string text)
    {
        Assert.Equal(text, AnkiHtml.Strip(html));
    }

    [Theory]
    [InlineData("Front", 3709467016L)]
    [InlineData("<b>Front</b>", 3709467016L)]
    [InlineData("Pacte germano-soviétique", 1667234850L)]
    public void FieldChecksum_IsTheFirstFourBytesOfSha1_OfTheStrippedField(string field, long checksum)
    {
        Assert.Equal(checksum, AnkiHtml.FieldChecksum(field));
    }
}
