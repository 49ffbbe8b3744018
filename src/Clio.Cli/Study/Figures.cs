namespace Clio.Cli.Study;

/// <summary>How revision figures are printed.</summary>
internal static class Figures
{
    /// <summary>A share as a whole percentage with no space: "93%".</summary>
    public static string Percent(double share) =>
        Math.Round(share * 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
}
