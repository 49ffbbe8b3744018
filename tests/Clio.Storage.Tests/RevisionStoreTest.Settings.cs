using Clio.Scheduling;

namespace Clio.Storage.Tests;

public sealed partial class RevisionStoreTest
{
    [Fact]
    public void Settings_SetGetReplaceRemove()
    {
        using var folder = new TempFolder();
        var clock = new ManualClock(Reviews.T0);
        using var store = RevisionStore.Open(folder.Path, clock);

        Assert.Null(store.GetSetting("theme"));
        store.SetSetting("theme", "dark");
        clock.Now = Reviews.T0.AddHours(1);
        store.SetSetting("theme", "light");

        Assert.Equal("light", store.GetSetting("theme"));
        Assert.Equal("2026-03-01T10:30:00.0000000Z", Db.Scalar(folder.DataFile, "SELECT updated_at FROM settings"));
        Assert.True(store.RemoveSetting("theme"));
        Assert.False(store.RemoveSetting("theme"));
        Assert.Null(store.GetSetting("theme"));
    }

    [Fact]
    public void DesiredRetentionAndDailyCap_ReadBackAsSet()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        Assert.Null(store.GetDesiredRetention());
        Assert.Null(store.GetDailyCap());

        store.SetDesiredRetention(0.87);
        store.SetDailyCap(150);

        Assert.Equal(0.87, store.GetDesiredRetention());
        Assert.Equal(150, store.GetDailyCap());
        Assert.Equal("0.87", store.GetSetting(SettingKeys.DesiredRetention));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void SetDesiredRetention_OutsideZeroToOne_Throws(double retention)
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);

        Assert.Throws<ArgumentOutOfRangeException>(() => store.SetDesiredRetention(retention));
    }

    [Theory]
    [InlineData(SettingKeys.DesiredRetention, "ninety")]
    [InlineData(SettingKeys.DesiredRetention, "1.5")]
    [InlineData(SettingKeys.DailyCap, "-3")]
    [InlineData(SettingKeys.FsrsParameters, "[1, 2")]
    [InlineData(SettingKeys.FsrsParameters, "{\"w\": 1}")]
    [InlineData(SettingKeys.FsrsParameters, "[1, 2, 3]")]
    [InlineData(SettingKeys.FsrsParameters, "[\"a\"]")]
    public void TypedSettings_HoldingBadText_FailAsDamagedWithTheKey(string key, string value)
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        store.SetSetting(key, value);

        var failure = Assert.Throws<StoreFailure>(() =>
        {
            _ = key switch
            {
                SettingKeys.DesiredRetention => (object?)store.GetDesiredRetention(),
                SettingKeys.DailyCap => store.GetDailyCap(),
                _ => store.GetFittedParameters(),
            };
        });

        Assert.Equal(StoreFailureKind.Damaged, failure.Kind);
        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public void FittedParameters_ReadBackEqual()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        var weights = FsrsParameters.Default.Weights.ToArray();
        weights[0] = 0.1234567890123;
        weights[20] = 0.5;
        var fitted = FsrsParameters.Create(weights).Value;

        Assert.Null(store.GetFittedParameters());
        store.SetFittedParameters(fitted);

        Assert.Equal(fitted, store.GetFittedParameters());
        Assert.StartsWith("[0.1234567890123,", store.GetSetting(SettingKeys.FsrsParameters), StringComparison.Ordinal);
    }

    [Fact]
    public void Exam_SetReplaceClear()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        Assert.Null(store.GetExam());

        store.SetExam(new ExamTarget(new DateOnly(2026, 6, 10), 0.9));
        store.SetExam(new ExamTarget(new DateOnly(2026, 6, 12), 0.95));

        Assert.Equal(new ExamTarget(new DateOnly(2026, 6, 12), 0.95), store.GetExam());
        Assert.Equal(1L, Db.Scalar(folder.DataFile, "SELECT count(*) FROM exam"));
        Assert.Equal("2026-06-12", Db.Scalar(folder.DataFile, "SELECT date FROM exam"));
        Assert.True(store.ClearExam());
        Assert.False(store.ClearExam());
        Assert.Null(store.GetExam());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void SetExam_RetentionOutsideZeroToOne_Throws(double retention)
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);

        Assert.Throws<ArgumentOutOfRangeException>(() => store.SetExam(new ExamTarget(new DateOnly(2026, 6, 1), retention)));
    }
}
