namespace Gongkai.Domain.Requests;

/// <summary>
/// The amount of a 信息处理费 notice (第四十二条; 国办函〔2020〕109号): typed in 元 by the officer, recorded in 分. An amount
/// with a fraction of a 分 or beyond any plausible fee is refused as typed, never rounded into a value nobody typed.
/// </summary>
public static class FeeAmount
{
    /// <summary>The largest amount accepted (元): far above any 按件 or 按量 fee of 国办函〔2020〕109号.</summary>
    public const decimal MaxYuan = 1_000_000m;

    /// <summary>The amount in 分 of <paramref name="yuan"/> 元 (null: not given, which the fee notice refuses as zero).</summary>
    /// <exception cref="RuleViolationException">Negative, more than two decimals, or above <see cref="MaxYuan"/>.</exception>
    public static long FenFromYuan(decimal? yuan)
    {
        if (yuan is not { } amount)
        {
            return 0;
        }

        if (amount < 0 || amount > MaxYuan)
        {
            throw new RuleViolationException($"收费金额须在0至{MaxYuan:0}元之间。", "第四十二条");
        }

        var fen = amount * 100;
        if (fen != decimal.Truncate(fen))
        {
            throw new RuleViolationException("收费金额最多精确到分（两位小数）。", "第四十二条");
        }

        return (long)fen;
    }
}
