namespace Clio.Tests.Commands;

public sealed class PackCommandTest : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("clio-cli-pack-");

    public void Dispose() => _dir.Delete(recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_dir.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private void WriteSmallPack()
    {
        Write("pack.yaml", "pack:\n  id: mini\n  title: Mini\n  period: 1930–1940\nthemes:\n  - id: security\n    title: Security\nsources:\n  - id: ref\n    type: reference\n    title: A reference\n");
        Write("events.yaml", "events:\n  - id: league-entry\n    title: League entry\n    type: diplomatic\n    date: 18 September 1934\n    themes: [security]\n    summary: The USSR joined the League.\n    significance: Collective security began.\n    sources: [ref]\n");
    }

    [Fact]
    public void TheDefaultPackIsValid()
    {
        var result = Cli.Run("pack", "validate", Cli.DefaultPackDir);

        Assert.Equal(0, result.Code);
        Assert.Contains("valid:", result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Err);
    }

    [Fact]
    public void AValidPackExitsZero()
    {
        WriteSmallPack();

        var result = Cli.Run("pack", "validate", _dir.FullName);

        Assert.Equal(0, result.Code);
        Assert.Contains("valid: Mini: 1 events", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void APackWithErrorsExitsOneWithOneLinePerProblem()
    {
        WriteSmallPack();
        Write("events.yaml", "events:\n  - id: league-entry\n    title: League entry\n    type: diplomatik\n    date: 31 September 1934\n    themes: [security]\n    sumary: The USSR joined the League.\n    significance: Collective security began.\n    sources: [ref]\n");

        var result = Cli.Run("pack", "validate", _dir.FullName);

        Assert.Equal(1, result.Code);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var file = Path.Combine(_dir.FullName, "events.yaml");
        Assert.Equal(
            [
                $"{file}:2:5: an event is missing the required key 'summary' (add 'summary: ...')",
                $"{file}:4:11: unknown event type 'diplomatik' (did you mean 'diplomatic'?)",
                $"{file}:5:11: '31 September 1934' is not a valid date: September 1934 has 30 days, so day 31 does not exist (write dates like '23 August 1939', 'August 1939', '1939' or '1936–39')",
                $"{file}:7:5: unknown key 'sumary' in an event (did you mean 'summary'?)",
            ],
            lines);
        Assert.Equal("clio: the pack has 4 error(s)", Assert.Single(result.ErrLines));
    }

    [Fact]
    public void AMissingFolderExitsTwo()
    {
        var result = Cli.Run("pack", "validate", Path.Combine(_dir.FullName, "nope"));

        Assert.Equal(2, result.Code);
        Assert.StartsWith("clio: no pack folder at", Assert.Single(result.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void PackUsesAnotherPackForEveryCommand()
    {
        WriteSmallPack();

        var result = Cli.Run("timeline", "--pack", _dir.FullName);

        Assert.Equal(0, result.Code);
        Assert.Contains("League entry", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Nazi", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenPackGivenWithPackIsRefusedInOneLine()
    {
        WriteSmallPack();
        Write("events.yaml", "events:\n  - id: Bad Id\n");

        var result = Cli.Run("timeline", "--pack", _dir.FullName);

        Assert.Equal(2, result.Code);
        Assert.Contains("run 'clio pack validate", Assert.Single(result.ErrLines), StringComparison.Ordinal);
    }
}
