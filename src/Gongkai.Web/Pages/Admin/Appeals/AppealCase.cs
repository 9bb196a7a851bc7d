using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Appeals;

namespace Gongkai.Web.Pages.Admin.Appeals;

/// <summary>The three kinds of case table 四 tells apart.</summary>
public enum AppealKind
{
    /// <summary>行政复议.</summary>
    Reconsideration,

    /// <summary>行政诉讼·未经复议直接起诉.</summary>
    LitigationDirect,

    /// <summary>行政诉讼·复议后起诉.</summary>
    LitigationAfterReconsideration,
}

/// <summary>A reconsideration or litigation case as the appeals list shows it.</summary>
public sealed record AppealCase(Guid Id, AppealKind Kind, string CaseNumber, string TrackingNumber, DateOnly FiledOn, AppealResult? Result, DateOnly? DecidedOn, AppealResult ResultInYear, int StageCount)
{
    /// <summary>A reconsideration in <paramref name="year"/>.</summary>
    public static AppealCase Of(Reconsideration r, ReportingYear year, IReadOnlyDictionary<Guid, string> trackingNumbers)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(trackingNumbers);
        return new(r.Id, AppealKind.Reconsideration, r.CaseNumber, trackingNumbers.GetValueOrDefault(r.RequestId, "—"), r.FiledOn, r.Result, r.DecidedOn, r.ResultIn(year), r.Stages.Count);
    }

    /// <summary>A litigation in <paramref name="year"/>.</summary>
    public static AppealCase Of(Litigation l, ReportingYear year, IReadOnlyDictionary<Guid, string> trackingNumbers)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(trackingNumbers);
        var kind = l.Route == LitigationRoute.Direct ? AppealKind.LitigationDirect : AppealKind.LitigationAfterReconsideration;
        return new(l.Id, kind, l.CaseNumber, trackingNumbers.GetValueOrDefault(l.RequestId, "—"), l.FiledOn, l.Result, l.DecidedOn, l.ResultIn(year), l.Stages.Count);
    }
}

/// <summary>The Chinese names the appeals pages print (the terms of table 四).</summary>
public static class AppealNames
{
    /// <summary>The kind in Chinese.</summary>
    public static string Of(AppealKind kind) => kind switch
    {
        AppealKind.Reconsideration => Table4Labels.Reconsideration,
        AppealKind.LitigationDirect => $"{Table4Labels.Litigation}（{Table4Labels.SuedDirectly}）",
        _ => $"{Table4Labels.Litigation}（{Table4Labels.SuedAfterReconsideration}）",
    };

    /// <summary>The result in Chinese, as table 四 heads its columns.</summary>
    public static string Of(AppealResult result) => result switch
    {
        AppealResult.Upheld => Table4Labels.Upheld,
        AppealResult.Corrected => Table4Labels.Corrected,
        AppealResult.Other => Table4Labels.OtherResult,
        _ => Table4Labels.Pending,
    };
}
