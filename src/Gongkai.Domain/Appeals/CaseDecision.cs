using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Appeals;

/// <summary>
/// The rules shared by <see cref="Reconsideration"/> and <see cref="Litigation"/>: when a decision may be recorded and
/// how a case counts in a report year (docs/decisions/0002-appeal-counting.md).
/// </summary>
internal static class CaseDecision
{
    public static string RequireCaseNumber(string caseNumber, string what) =>
        string.IsNullOrWhiteSpace(caseNumber)
            ? throw new RuleViolationException($"请填写{what}案号。")
            : caseNumber.Trim();

    public static void EnsureDecidable(AppealResult result, DateOnly decidedOn, DateOnly filedOn, string what)
    {
        if (result == AppealResult.Pending)
        {
            throw new RuleViolationException($"“尚未审结”不是审理结果；{what}作出决定后再记录结果。");
        }

        if (decidedOn < filedOn)
        {
            throw new RuleViolationException($"{what}的决定日期{ChineseDates.Iso(decidedOn)}早于提起日期{ChineseDates.Iso(filedOn)}。");
        }
    }

    /// <summary>A stage of a case filed on <paramref name="filedOn"/>: named and not before filing (a stage after the decision — an appeal — is allowed).</summary>
    public static AppealStage Stage(string name, DateOnly on, string? note, DateOnly filedOn, DateOnly? decidedOn, string what, Requests.RecordedBy by)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RuleViolationException($"请填写{what}的进展（如受理、开庭）。");
        }

        if (on < filedOn)
        {
            throw new RuleViolationException($"{what}进展日期{ChineseDates.Iso(on)}早于提起日期{ChineseDates.Iso(filedOn)}。");
        }

        return new AppealStage(name.Trim(), on, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), by.Actor, by.AtUtc);
    }

    /// <summary>Filed on or before 31 December and not decided before 1 January.</summary>
    public static bool CountsIn(DateOnly filedOn, DateOnly? decidedOn, ReportingYear year) =>
        filedOn <= year.LastDay && !(decidedOn < year.FirstDay);

    /// <summary>The result if decided by 31 December, otherwise 尚未审结.</summary>
    public static AppealResult ResultIn(AppealResult? result, DateOnly? decidedOn, ReportingYear year) =>
        result is { } r && decidedOn <= year.LastDay ? r : AppealResult.Pending;
}
