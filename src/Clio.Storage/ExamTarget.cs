namespace Clio.Storage;

/// <summary>The student's exam: the day it is sat and the retention to reach by then.</summary>
/// <param name="Date">The day of the exam.</param>
/// <param name="TargetRetention">The chance of recall to aim for on that day, strictly between 0 and 1.</param>
public readonly record struct ExamTarget(DateOnly Date, double TargetRetention);
