namespace Clio.Essays;

/// <summary>The phrases that signal explanation, weighing and judgement in an essay.</summary>
internal static class Markers
{
    public static readonly PhraseSet<bool> Analysis = Phrases(
        WordClass.AnalysisStart,
        "because", "therefore", "thus", "hence", "consequently", "as a result", "this meant", "which meant", "this shows",
        "which shows", "this suggests", "which suggests", "suggests that", "this demonstrates", "demonstrates", "indicates",
        "reflects", "reflected", "significant", "significance", "important because", "in order to", "so that", "led to",
        "resulted in", "motivated", "aimed to", "aim was", "the main reason", "a key reason", "the reason", "crucially",
        "arguably", "evidence that", "explains", "this was because", "due to", "owing to", "so as to", "meant that",
        "this is why", "which is why", "the effect", "the impact", "proves", "shows that", "reveals", "illustrates");

    public static readonly PhraseSet<bool> Weighing = Phrases(
        WordClass.WeighingStart,
        "however", "on the other hand", "although", "nevertheless", "yet", "whereas", "in contrast", "conversely",
        "critics", "alternatively", "it could be argued", "others argue", "some historians", "despite", "while",
        "but", "by contrast", "on the contrary", "nonetheless", "admittedly", "to some extent", "counter");

    public static readonly PhraseSet<bool> Judgement = Phrases(
        WordClass.JudgementStart,
        "most important", "more important", "the main", "mainly", "primarily", "largely", "to a large extent",
        "to a great extent", "to a limited extent", "to some extent", "more than", "less than", "above all", "decisive",
        "outweighed", "overall", "on balance", "ultimately", "in conclusion", "the key", "chiefly", "principally",
        "far more", "most significant", "greatest", "fundamentally", "essentially", "clearly", "it is clear",
        "this essay will argue", "this essay argues", "i will argue", "partly", "only partly", "largely valid",
        "partially", "limited extent", "great extent", "valid", "consistent", "constant", "fundamental", "fundamentally",
        "central", "principal", "primary", "dominant", "chief", "overriding", "main aim", "main reason", "most of all",
        "a major", "the decisive", "crucial", "the most");

    public static readonly PhraseSet<bool> Conclusion = Phrases(
        WordClass.ConclusionStart,
        "in conclusion", "to conclude", "overall", "to sum up", "in summary", "ultimately", "on balance",
        "in the final analysis", "taken together", "all in all", "therefore overall");

    private static PhraseSet<bool> Phrases(WordClass starts, params string[] phrases) =>
        new(phrases.Select(p => (p.Split(' ', StringSplitOptions.RemoveEmptyEntries), true)), starts);

    /// <summary>Whether a sentence's words hold any of the phrases.</summary>
    public static bool Any(Sentence sentence, PhraseSet<bool> phrases) => phrases.Any(sentence.Infos);

    /// <summary>Whether a sentence starts with one of the phrases.</summary>
    public static bool StartsWith(Sentence sentence, PhraseSet<bool> phrases) => phrases.StartsWith(sentence.Infos);
}
