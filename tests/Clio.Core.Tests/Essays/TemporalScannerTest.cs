using Clio.Essays;

namespace Clio.Tests.Essays;

public class TemporalScannerTest
{
    [Theory]
    [InlineData("in 1935 it joined", 3, "1935", "Date")]
    [InlineData("on the 23rd of August 1939 it was signed", 3, "the 23rd of August 1939", "Date")]
    [InlineData("on AUGUST 23, 1939 it was signed", 3, "AUGUST 23, 1939", "Date")]
    [InlineData("in Sept. 1939 it began", 3, "Sept. 1939", "Date")]
    [InlineData("from 28 September – 3 October 1938 they talked", 5, "28 September – 3 October 1938", "DayRange")]
    [InlineData("aid flowed 1936/37 and more", 11, "1936/37", "Range")]
    [InlineData("between 1934 and 1939 it tried", 0, "between 1934 and 1939", "Between")]
    [InlineData("from 1930 to 1939 he served", 0, "from 1930 to 1939", "Between")]
    [InlineData("in the mid-1930s it changed", 3, "the mid-1930s", "Decade")]
    [InlineData("in the late twenties it grew", 3, "the late twenties", "Decade")]
    [InlineData("two years later it ended", 0, "two years later", "Later")]
    [InlineData("that same year it fell", 0, "that same year", "Same")]
    [InlineData("in early 1938 it began", 3, "early 1938", "Date")]
    public void TryMatch_FindsTheFormAndItsExtent(string text, int at, string expression, string form)
    {
        Assert.True(TemporalScanner.TryMatch(text, at, out var match));

        Assert.Equal(Enum.Parse<TimeForm>(form), match.Form);
        Assert.Equal(expression, text[match.ExpressionStart..match.End]);
    }

    [Theory]
    [InlineData("by 1941 it had annexed", "by")]
    [InlineData("until 1930 he served", "until")]
    [InlineData("up to 1939 it held", "up to")]
    [InlineData("since 1934 it belonged", "since")]
    [InlineData("from 17–26 September 1939 it fought", "from")]
    public void TryMatch_KeepsTheRelationWord(string text, string relation)
    {
        Assert.True(TemporalScanner.TryMatch(text, 0, out var match));

        Assert.Equal(relation, text[match.Relation.Start..match.Relation.End]);
        Assert.True(match.ExpressionStart > match.Relation.End);
    }

    [Theory]
    [InlineData("around 1934 it began")]
    [InlineData("c. 1921 it began")]
    [InlineData("circa 1921 it began")]
    public void TryMatch_NotesApproximation(string text)
    {
        Assert.True(TemporalScanner.TryMatch(text, 0, out var match));

        Assert.True(match.Approximate);
    }

    [Theory]
    [InlineData("1500 aircraft were sent", 0)]
    [InlineData("1939 troops marched", 0)]
    [InlineData("x1939 was odd", 1)]
    [InlineData("3.1939 is no date", 2)]
    [InlineData("1939x is no date", 0)]
    [InlineData("the following years were hard", 0)]
    public void TryMatch_RejectsWhatIsNoDate(string text, int at) =>
        Assert.False(TemporalScanner.TryMatch(text, at, out _));

    [Theory]
    [InlineData('a', true)]
    [InlineData('Z', true)]
    [InlineData('7', true)]
    [InlineData('_', true)]
    [InlineData('é', true)]
    [InlineData('\u0301', true)]
    [InlineData('-', false)]
    [InlineData('.', false)]
    [InlineData(' ', false)]
    [InlineData('\u2019', false)]
    public void IsWordChar_IsWhatARegularExpressionCallsAWordCharacter(char c, bool expected)
    {
        Assert.Equal(expected, TemporalScanner.IsWordChar(c));
        Assert.Equal(expected, System.Text.RegularExpressions.Regex.IsMatch(c.ToString(), @"^\w$"));
    }
}
