namespace Clio.Scheduling;

/// <summary>
/// The memory of one card in the FSRS model: its <see cref="Stability"/> (the interval in days at which
/// retrievability falls to 90%) and its <see cref="Difficulty"/> (1 to 10).
/// </summary>
/// <param name="Stability">Days until the chance of recall falls to 0.9; always positive.</param>
/// <param name="Difficulty">How hard the card is to raise in stability, from 1 (easiest) to 10.</param>
public readonly record struct MemoryState(double Stability, double Difficulty);
