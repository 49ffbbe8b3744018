namespace Clio.Storage;

/// <summary>The setting keys Clio itself uses. Other keys may be stored too; keys are compared exactly.</summary>
public static class SettingKeys
{
    /// <summary>The retention the scheduler aims for, a number in (0, 1), e.g. <c>0.9</c>.</summary>
    public const string DesiredRetention = "desired_retention";

    /// <summary>The most reviews to schedule in one day, a whole number.</summary>
    public const string DailyCap = "daily_cap";

    /// <summary>FSRS weights fitted to the student's own reviews, as a JSON array of 21 numbers.</summary>
    public const string FsrsParameters = "fsrs_parameters";
}
