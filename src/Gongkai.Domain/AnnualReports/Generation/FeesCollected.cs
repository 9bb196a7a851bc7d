using Gongkai.Domain.Requests;

namespace Gongkai.Domain.AnnualReports.Generation;

/// <summary>
/// 收取费用金额 of the 2008 正文 and 七、依申请公开信息收取的费用 of the 2014 统计表, in 万元, from the fees paid on requests
/// (收费通知 and 缴费, 条例 第四十二条; 2007 条例 第二十七条): a fee counts in the year its payment was recorded, for the amount
/// of the latest notice before the payment. 1 万元 = 1,000,000 分.
/// <para>
/// Gongkai records fees only where the agency notifies them through a request, so the cell is filled per agency: an
/// agency with a fee paid on its requests within the year reports that sum (records win over an entered statistic);
/// any other agency reports its entered statistic, or 0 (未收取信息公开费用).
/// </para>
/// </summary>
internal static class FeesCollected
{
    public const decimal FenPerTenThousandYuan = 1_000_000m;

    /// <summary>The fee cell of <paramref name="format"/>, or null when the format has none computed from requests.</summary>
    public static CellAddress? CellOf(ReportFormat format) => format switch
    {
        ReportFormat.Format2008 => NarrativeFigures.At(NarrativeFigures.FeesCollected),
        ReportFormat.Format2014 => StatisticsTableRows.At(StatisticsTableRows.FeesCollected),
        ReportFormat.Format2019 or ReportFormat.Format2021 => null,
    };

    /// <summary>The 分 paid on <paramref name="request"/> within <paramref name="year"/>.</summary>
    public static long PaidFenIn(DisclosureRequest request, ReportingYear year)
    {
        long? lastNotice = null;
        long paid = 0;
        foreach (var e in request.Events)
        {
            if (e.Kind == RequestEventKind.FeeNoticeSent)
            {
                lastNotice = e.AmountFen;
            }
            else if (e.Kind == RequestEventKind.FeePaid && year.Contains(e.LegalDate) && lastNotice is { } amount)
            {
                paid += amount;
            }
        }

        return paid;
    }
}
