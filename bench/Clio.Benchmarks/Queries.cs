namespace Clio.Benchmarks;

/// <summary>Queries a student types, typos and all.</summary>
internal static class Queries
{
    public static readonly string[] Realistic =
    [
        "litvinov", "litvinof", "molotov ribbentrop", "nazi soviet pact", "rapallo", "treaty of rapalo",
        "collective security", "socialism in one country", "brest litovsk", "comintern", "popular front",
        "spanish civil war", "munich", "winter war", "barbarossa", "chicherin", "zinoviev letter",
        "why did stalin sign the pact", "league of nations 1934", "khalkin gol", "piłsudski", "third period",
        "haslam collective security", "cordon sanitaire", "anglo french soviet talks 1939", "litv",
    ];
}
