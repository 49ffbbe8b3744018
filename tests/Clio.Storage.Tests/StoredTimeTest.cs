namespace Clio.Storage.Tests;

public sealed class StoredTimeTest
{
    [Theory]
    [InlineData("2026-03-01T09:30:00+00:00", "2026-03-01T09:30:00.0000000Z")]
    [InlineData("2026-03-01T09:30:00+05:30", "2026-03-01T04:00:00.0000000Z")]
    [InlineData("0001-01-01T00:00:00+00:00", "0001-01-01T00:00:00.0000000Z")]
    [InlineData("9999-12-31T23:59:59.9999999+00:00", "9999-12-31T23:59:59.9999999Z")]
    public void Write_GivesFixedWidthUtc(string instant, string stored)
    {
        Assert.Equal(stored, StoredTime.Write(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void TextOrder_IsTimeOrder_AndReadGivesTheSameInstant()
    {
        var random = new Random(11);
        var instants = Enumerable.Range(0, 500)
            .Select(_ => new DateTimeOffset(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), TimeSpan.Zero))
            .ToList();

        var byText = instants.OrderBy(StoredTime.Write, StringComparer.Ordinal).ToList();

        Assert.Equal(instants.Order().ToList(), byText);
        Assert.All(instants, i => Assert.Equal(i, StoredTime.Read(StoredTime.Write(i))));
    }
}
