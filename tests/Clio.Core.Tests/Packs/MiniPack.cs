using Clio.Packs;

namespace Clio.Tests.Packs;

/// <summary>A small valid pack that tests break one piece at a time.</summary>
internal static class MiniPack
{
    public const string PackYaml = """
        pack:
          id: test-pack
          title: Test pack
          period: 1930–1940
        themes:
          - id: security
            title: Security
          - id: collective-security
            title: Collective security
        sources:
          - id: ref
            type: reference
            title: A reference work
          - id: haslam-1984
            type: book
            authors: ["Haslam, Jonathan"]
            title: The Soviet Union and the Struggle for Collective Security in Europe, 1933–39
            year: 1984
            publisher: Macmillan
            place: London
        """;

    public const string ActorsYaml = """
        actors:
          - id: litvinov
            name: Maxim Litvinov
            kind: person
            born: 17 July 1876
            died: 31 December 1951
            summary: Foreign commissar of the 1930s.
            roles:
              - office: People's Commissar for Foreign Affairs
                of: ussr
                from: 21 July 1930
                to: 3 May 1939
            sources: [ref]
          - id: ussr
            name: USSR
            kind: state
            summary: The Soviet state.
            sources: [ref]
        """;

    public const string EventsYaml = """
        events:
          - id: league-entry
            title: The USSR joins the League of Nations
            aliases: [League entry]
            type: diplomatic
            date: 18 September 1934
            actors: [ussr, litvinov]
            themes: [collective-security]
            summary: The USSR joined the League of Nations.
            significance: It marked the start of collective security.
            sources:
              - ref
              - source: haslam-1984
                pages: 38–41
          - id: october-revolution
            title: October Revolution
            type: revolution
            date: 7 November 1917
            julian: 25 October 1917
            themes: [security]
            summary: The Bolsheviks took power.
            significance: It created the Soviet state.
            sources: [ref]
        """;

    public const string GlossaryYaml = """
        terms:
          - id: collective-security
            term: collective security
            definition: Joining with others to deter an aggressor.
            themes: [collective-security]
            championed-by: [litvinov]
        historians:
          - id: haslam
            name: Jonathan Haslam
            argument: Collective security was genuine.
            works: [haslam-1984]
        """;

    public const string NoteMarkdown = """
        ---
        id: collective-security-notes
        title: Collective security 1933–38
        order: 1
        period: 1933–1938
        themes: [collective-security]
        events: [league-entry]
        ---

        ## Key features
        - The USSR joined the League in 1934 ([[league-entry]]), led by [[litvinov|Litvinov]].

        ## Historiography
        - [[haslam]] sees the policy as genuine.

        ## Self-review questions
        - Why did the USSR join the League of Nations?
        - How far did collective security succeed?
        """;

    public static Dictionary<string, string> Files() => new()
    {
        ["pack.yaml"] = PackYaml + "\n",
        ["actors.yaml"] = ActorsYaml + "\n",
        ["events.yaml"] = EventsYaml + "\n",
        ["glossary.yaml"] = GlossaryYaml + "\n",
        ["notes/01-collective-security.md"] = NoteMarkdown + "\n",
    };

    public static PackLoadResult Load(Dictionary<string, string> files) =>
        PackLoader.Load(new InMemoryPackSource("test", files));

    /// <summary>Loads the pack with one file changed by replacing text in it.</summary>
    public static PackLoadResult LoadWith(string file, string oldText, string newText) => LoadWith(Files(), file, oldText, newText);

    /// <summary>Loads the given files with one of them changed by replacing text in it.</summary>
    public static PackLoadResult LoadWith(Dictionary<string, string> files, string file, string oldText, string newText)
    {
        Assert.Contains(oldText, files[file], StringComparison.Ordinal);
        files[file] = files[file].Replace(oldText, newText, StringComparison.Ordinal);
        return Load(files);
    }
}
