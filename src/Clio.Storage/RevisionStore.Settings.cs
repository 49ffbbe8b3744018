using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Clio.Scheduling;

namespace Clio.Storage;

public sealed partial class RevisionStore
{
    /// <summary>The value of a setting; null if it was never set.</summary>
    public string? GetSetting(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Locked(connection =>
        {
            using var command = Command(connection, "SELECT value FROM settings WHERE key = $key");
            command.Parameters.AddWithValue("$key", key);
            return command.ExecuteScalar() as string;
        });
    }

    /// <summary>Sets a setting, replacing any value it had. Committed before this returns.</summary>
    public void SetSetting(string key, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        Locked(connection =>
        {
            using var command = Command(
                connection,
                """
                INSERT INTO settings (key, value, updated_at) VALUES ($key, $value, $now)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """);
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$value", value);
            command.Parameters.AddWithValue("$now", StoredTime.Write(_time.GetUtcNow()));
            return command.ExecuteNonQuery();
        });
    }

    /// <summary>Removes a setting; true if it was set.</summary>
    public bool RemoveSetting(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Locked(connection =>
        {
            using var command = Command(connection, "DELETE FROM settings WHERE key = $key");
            command.Parameters.AddWithValue("$key", key);
            return command.ExecuteNonQuery() > 0;
        });
    }

    /// <summary>The desired retention (<see cref="SettingKeys.DesiredRetention"/>); null if never set.</summary>
    /// <exception cref="StoreFailure">The stored value is not a number in (0, 1).</exception>
    public double? GetDesiredRetention()
    {
        var text = GetSetting(SettingKeys.DesiredRetention);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 1
            ? value
            : throw BadSetting(SettingKeys.DesiredRetention, text, "a number between 0 and 1");
    }

    /// <summary>Sets the desired retention, a number strictly between 0 and 1.</summary>
    public void SetDesiredRetention(double retention)
    {
        if (!(retention is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(retention), retention, "Retention lies strictly between 0 and 1.");
        }

        SetSetting(SettingKeys.DesiredRetention, retention.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>The daily cap on reviews (<see cref="SettingKeys.DailyCap"/>); null if never set.</summary>
    /// <exception cref="StoreFailure">The stored value is not a whole number of zero or more.</exception>
    public int? GetDailyCap()
    {
        var text = GetSetting(SettingKeys.DailyCap);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw BadSetting(SettingKeys.DailyCap, text, "a whole number of zero or more");
    }

    /// <summary>Sets the daily cap on reviews, zero or more.</summary>
    public void SetDailyCap(int cap)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        SetSetting(SettingKeys.DailyCap, cap.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>FSRS weights fitted to this student's reviews (<see cref="SettingKeys.FsrsParameters"/>); null if
    /// none were saved.</summary>
    /// <exception cref="StoreFailure">The stored value is not a JSON array of 21 weights within their bounds.</exception>
    public FsrsParameters? GetFittedParameters()
    {
        var text = GetSetting(SettingKeys.FsrsParameters);
        if (text is null)
        {
            return null;
        }

        var weights = new List<double>();
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw BadSetting(SettingKeys.FsrsParameters, text, "a JSON array of numbers");
            }

            foreach (var element in document.RootElement.EnumerateArray())
            {
                weights.Add(element.GetDouble());
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw BadSetting(SettingKeys.FsrsParameters, text, "a JSON array of numbers");
        }

        var parameters = FsrsParameters.Create(weights);
        return parameters.Success
            ? parameters.Value
            : throw BadSetting(SettingKeys.FsrsParameters, text, $"valid FSRS weights ({parameters.Error})");
    }

    /// <summary>Saves fitted FSRS weights, as a JSON array of numbers that reads back exactly.</summary>
    public void SetFittedParameters(FsrsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var w in parameters.Weights)
            {
                writer.WriteNumberValue(w);
            }

            writer.WriteEndArray();
        }

        SetSetting(SettingKeys.FsrsParameters, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>The student's exam; null if none is set.</summary>
    public ExamTarget? GetExam() => Locked(connection =>
    {
        using var command = Command(connection, "SELECT date, target_retention FROM exam WHERE id = 1");
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ExamTarget(StoredTime.ReadDate(reader.GetString(0)), reader.GetDouble(1))
            : (ExamTarget?)null;
    });

    /// <summary>Sets the student's exam, replacing any set before.</summary>
    public void SetExam(ExamTarget exam)
    {
        if (!(exam.TargetRetention is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(exam), exam.TargetRetention, "The target retention lies strictly between 0 and 1.");
        }

        Locked(connection =>
        {
            using var command = Command(
                connection,
                """
                INSERT INTO exam (id, date, target_retention, updated_at) VALUES (1, $date, $retention, $now)
                ON CONFLICT (id) DO UPDATE SET
                    date = excluded.date, target_retention = excluded.target_retention, updated_at = excluded.updated_at
                """);
            command.Parameters.AddWithValue("$date", StoredTime.WriteDate(exam.Date));
            command.Parameters.AddWithValue("$retention", exam.TargetRetention);
            command.Parameters.AddWithValue("$now", StoredTime.Write(_time.GetUtcNow()));
            return command.ExecuteNonQuery();
        });
    }

    /// <summary>Removes the exam; true if one was set.</summary>
    public bool ClearExam() => Locked(connection =>
    {
        using var command = Command(connection, "DELETE FROM exam");
        return command.ExecuteNonQuery() > 0;
    });

    private StoreFailure BadSetting(string key, string value, string expected) => new(
        StoreFailureKind.Damaged,
        $"the setting {key} in {FilePath} holds '{OneLine(value)}', not {expected}; set it again");
}
