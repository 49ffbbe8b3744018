using Clio.Knowledge;

namespace Clio.Packs;

/// <summary>The outcome of loading a pack: every diagnostic, and the knowledge base when there is no error.</summary>
public sealed class PackLoadResult
{
    internal PackLoadResult(KnowledgeBase? knowledge, IReadOnlyList<Diagnostic> diagnostics)
    {
        Knowledge = knowledge;
        Diagnostics = diagnostics;
    }

    /// <summary>The loaded knowledge base, or null when the pack has errors.</summary>
    public KnowledgeBase? Knowledge { get; }

    /// <summary>Every problem found, errors and warnings, in file and line order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The errors alone.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Whether the pack loaded with no error.</summary>
    public bool IsValid => Knowledge is not null;
}
