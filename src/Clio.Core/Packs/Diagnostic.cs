using Clio.Knowledge;

namespace Clio.Packs;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth fixing, but the pack still loads.</summary>
    Warning,

    /// <summary>The pack is not valid.</summary>
    Error,
}

/// <summary>A problem found in a pack, with where it is and a hint on how to fix it.</summary>
/// <param name="Severity">Whether the pack is still valid.</param>
/// <param name="Location">The file, line and column.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Hint">How to fix it, or null.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, SourceLocation Location, string Message, string? Hint = null)
{
    /// <summary>The diagnostic on one line: <c>path/file.yaml:LINE:COL: message (hint)</c>.</summary>
    public override string ToString()
    {
        var prefix = Severity == DiagnosticSeverity.Warning ? "warning: " : string.Empty;
        var hint = Hint is null ? string.Empty : $" ({Hint})";
        return $"{Location}: {prefix}{Message}{hint}";
    }
}
