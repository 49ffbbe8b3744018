namespace Clio.Dates;

/// <summary>How precisely a <see cref="HistoricalDate"/> is known, from the coarsest to the finest.</summary>
public enum DatePrecision : byte
{
    /// <summary>A decade: "the 1920s".</summary>
    Decade = 0,

    /// <summary>A year: "1939".</summary>
    Year = 1,

    /// <summary>A month: "August 1939".</summary>
    Month = 2,

    /// <summary>A day: "23 August 1939".</summary>
    Day = 3,
}
