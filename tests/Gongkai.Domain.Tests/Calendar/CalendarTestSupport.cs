using System.Globalization;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>Short helpers for the calendar and clock tests: ISO dates, events and runs on the official calendar.</summary>
internal static class Cal
{
    public static WorkingDayCalendar Official => WorkingDayCalendar.Official;

    public static StatutoryClock Clock { get; } = new(WorkingDayCalendar.Official);

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ClockEvent E(ClockEventKind kind, string on, int? workingDays = null) =>
        new(kind, D(on)) { WorkingDays = workingDays };

    public static ClockEvent Consult(string on, ConsultedParty? party = null) =>
        new(ClockEventKind.ConsultationStarted, D(on)) { Party = party };

    public static ClockEvent Delay(string on, string until) =>
        new(ClockEventKind.DelayedReplySet, D(on)) { Until = D(until) };

    /// <summary>A request handed in at the office (第三十一条第（一）项) on <paramref name="received"/>.</summary>
    public static DeadlineProof RunInPerson(string received, params ClockEvent[] events) =>
        Clock.Run(new Receipt(SubmissionChannel.InPerson, D(received)), events);

    public static RuleViolationException Refused(string received, params ClockEvent[] events) =>
        Assert.Throws<RuleViolationException>(() => RunInPerson(received, events));

    public static IReadOnlyList<HolidayArrangement> ParseCsv(string text, string source = "test.csv") =>
        HolidayArrangementCsv.Parse(new StringReader(text), source);

    public static string WriteCsv(IEnumerable<HolidayArrangement> arrangements)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        HolidayArrangementCsv.Write(writer, arrangements);
        return writer.ToString();
    }
}

/// <summary>Where the read-only reference data of the project lives: &lt;repo root&gt;/../shared.</summary>
internal static class SharedData
{
    /// <summary>The repository root: the first directory upwards from the test binaries holding Gongkai.slnx.</summary>
    public static string? RepositoryRoot { get; } = Gongkai.TestSupport.RepositoryRoot.TryGet();

    /// <summary>../shared/domain/cn-holidays.csv, or null when the shared folder is not next to the repository.</summary>
    public static string? HolidayCsvPath { get; } = RepositoryRoot is { } root
        && Path.GetFullPath(Path.Combine(root, "..", "shared", "domain", "cn-holidays.csv")) is var path
        && File.Exists(path)
            ? path
            : null;
}

/// <summary>
/// A fact that needs ../shared/domain/cn-holidays.csv: it is skipped, with a message saying what is missing, when
/// the shared reference folder is not beside the repository (e.g. a bare clone on a CI machine).
/// </summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.HolidayCsvPath is null)
        {
            Skip = SharedData.RepositoryRoot is null
                ? "Skipped: Gongkai.slnx not found above the test binaries, so ../shared/domain/cn-holidays.csv cannot be located."
                : $"Skipped: the shared reference data {Path.GetFullPath(Path.Combine(SharedData.RepositoryRoot, "..", "shared", "domain", "cn-holidays.csv"))} is absent.";
        }
    }
}
