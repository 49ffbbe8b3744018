using Clio.Scheduling;

namespace Clio.Tests.Scheduling;

/// <summary>Validation of the scheduler's options.</summary>
public sealed class SchedulerOptionsTest
{
    [Fact]
    public void Default_IsValidAndMatchesTsFsrs()
    {
        var options = SchedulerOptions.Default;

        Assert.True(options.Validate().Success);
        Assert.Equal(0.9, options.DesiredRetention);
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)], options.LearningSteps.ToArray());
        Assert.Equal([TimeSpan.FromMinutes(10)], options.RelearningSteps.ToArray());
        Assert.Equal(36500, options.MaximumIntervalDays);
        Assert.True(options.EnableFuzz);
        Assert.Same(FsrsParameters.Default, options.Parameters);
    }

    [Theory]
    [InlineData(0, 36500, 1, "retention")]
    [InlineData(1.01, 36500, 1, "retention")]
    [InlineData(double.NaN, 36500, 1, "retention")]
    [InlineData(0.9, 0, 1, "maximum interval")]
    [InlineData(0.9, 36500, 0, "learning step")]
    [InlineData(0.9, 36500, 0.5, "learning step")]
    public void Validate_BadValue_FailsNamingIt(double retention, int maximum, double stepMinutes, string named)
    {
        var options = SchedulerOptions.Default with
        {
            DesiredRetention = retention,
            MaximumIntervalDays = maximum,
            LearningSteps = [TimeSpan.FromMinutes(stepMinutes)],
        };

        var result = options.Validate();

        Assert.False(result.Success);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingSteps_Fails() =>
        Assert.False((SchedulerOptions.Default with { RelearningSteps = default }).Validate().Success);

    [Theory]
    [InlineData(0.7)]
    [InlineData(1)]
    public void Validate_RetentionAboveZeroUpToOne_Succeeds(double retention) =>
        Assert.True((SchedulerOptions.Default with { DesiredRetention = retention }).Validate().Success);
}
