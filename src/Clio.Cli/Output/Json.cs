using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clio.Cli.Output;

/// <summary>Writes the JSON of the CLI's contract: camelCase, indented, no nulls, readable dashes and accents.</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = CliJsonContext.Default,
    };

    public static void Write<T>(TextWriter writer, T value)
    {
        writer.Write(JsonSerializer.Serialize(value, Options));
        writer.WriteLine();
    }
}

[JsonSerializable(typeof(List<EventJson>))]
[JsonSerializable(typeof(List<SearchHitJson>))]
[JsonSerializable(typeof(EntryJson))]
[JsonSerializable(typeof(List<DiagnosticJson>))]
[JsonSerializable(typeof(List<QuestionJson>))]
[JsonSerializable(typeof(FactcheckJson))]
[JsonSerializable(typeof(FeedbackJson))]
[JsonSerializable(typeof(List<FeedbackJson>))]
[JsonSerializable(typeof(PlanJson))]
[JsonSerializable(typeof(StatsJson))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class CliJsonContext : JsonSerializerContext;
