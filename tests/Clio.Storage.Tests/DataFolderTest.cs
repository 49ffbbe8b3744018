namespace Clio.Storage.Tests;

public sealed class DataFolderTest
{
    [Fact]
    public void Resolve_AbsoluteXdgDataHome_Wins()
    {
        Assert.Equal(Path.Combine("/data/ann", "clio"), DataFolder.Resolve("/data/ann", "/home/ann/.local/share"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/path")]
    public void Resolve_NoUsableXdgDataHome_UsesLocalApplicationData(string? xdg)
    {
        Assert.Equal(Path.Combine("/home/ann/.local/share", "clio"), DataFolder.Resolve(xdg, "/home/ann/.local/share"));
    }

    [Fact]
    public void Resolve_NeitherSet_FailsInOneLine()
    {
        var failure = Assert.Throws<StoreFailure>(() => DataFolder.Resolve(null, ""));

        Assert.Equal(StoreFailureKind.Unavailable, failure.Kind);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public void Default_EndsInTheClioFolder()
    {
        Assert.Equal("clio", Path.GetFileName(DataFolder.Default()));
    }
}
