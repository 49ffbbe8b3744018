namespace Clio.Tests;

public class CliAppTest
{
    [Fact]
    public void NoCommandShowsWhatThePackHolds()
    {
        var result = Cli.Run();

        Assert.Equal(0, result.Code);
        Assert.Contains("Soviet foreign policy 1917–41", result.Out, StringComparison.Ordinal);
        Assert.Contains("clio timeline", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("timeline", "--bogus")]
    [InlineData("shw", "litvinov")]
    [InlineData("show")]
    public void BadArgumentsGiveOneLineAndExitTwo(params string[] args)
    {
        var result = Cli.Run(args);

        Assert.Equal(2, result.Code);
        var line = Assert.Single(result.ErrLines);
        Assert.StartsWith("clio: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpListsTheCommands()
    {
        var result = Cli.Run("--help");

        Assert.Equal(0, result.Code);
        foreach (var command in new[] { "timeline", "show", "search", "pack" })
        {
            Assert.Contains(command, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AMissingPackFolderIsOneLine()
    {
        var result = Cli.Run("timeline", "--pack", "/no/such/folder");

        Assert.Equal(2, result.Code);
        Assert.Equal("clio: no pack folder at '/no/such/folder'", Assert.Single(result.ErrLines));
    }
}
