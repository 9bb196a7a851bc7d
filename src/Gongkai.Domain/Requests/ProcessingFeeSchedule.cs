namespace Gongkai.Domain.Requests;

/// <summary>
/// 信息处理费 standards of 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号), charged only where the number or
/// frequency of requests clearly exceeds a reasonable range (条例 第四十二条). Both standards are 超额累进 (第三条); the
/// agency chooses one per request, never both. Rates as in docs (shared/domain/formats-and-law.md §5, verified on
/// government mirrors); the rate for the 31st request and beyond (+100元 per band of 10) is our reading of 第四条.
/// Gongkai shows these figures to help the officer; it does not decide to charge.
/// </summary>
public static class ProcessingFeeSchedule
{
    /// <summary>第四条: requests of one applicant in one calendar month free of charge (10件以下，含10件).</summary>
    public const int FreeRequestsPerMonth = 10;

    /// <summary>第五条: pages of one request free of charge (30页以下，含30页).</summary>
    public const int FreePagesPerRequest = 30;

    /// <summary>
    /// 按件计收 (第四条): the charge in 元 for the <paramref name="nth"/> request (1-based) of one applicant in one
    /// calendar month: 1–10 free; 11–30 100元; 31–40 200元; 41–50 300元; and 100元 more per further band of 10.
    /// </summary>
    public static int PerRequestYuan(int nth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nth, 1);
        if (nth <= FreeRequestsPerMonth)
        {
            return 0;
        }

        if (nth <= 30)
        {
            return 100;
        }

        return 100 + (((nth - 31) / 10) + 1) * 100;
    }

    /// <summary>
    /// 按量计收 (第五条): the charge in 元 for one request of <paramref name="pages"/> pages: 1–30 free; pages 31–100 at
    /// 10元; 101–200 at 20元; 201 and beyond at 40元.
    /// </summary>
    public static int PerPageYuan(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        var total = 0;
        total += 10 * Band(pages, 30, 100);
        total += 20 * Band(pages, 100, 200);
        total += 40 * Math.Max(0, pages - 200);
        return total;
    }

    /// <summary>What the officer reads next to the monthly count: the month's position and its 按件 rate.</summary>
    public static string Explain(int nthInMonth) => nthInMonth <= FreeRequestsPerMonth
        ? $"本月第{nthInMonth}件，未超过{FreeRequestsPerMonth}件，按件计收不收费（国办函〔2020〕109号 第四条）。"
        : $"本月第{nthInMonth}件，超过{FreeRequestsPerMonth}件；如按件计收，本件标准为{PerRequestYuan(nthInMonth)}元（国办函〔2020〕109号 第四条，超额累进；是否收费由本机关依条例第四十二条决定）。";

    private static int Band(int pages, int above, int through) => Math.Max(0, Math.Min(pages, through) - above);
}
