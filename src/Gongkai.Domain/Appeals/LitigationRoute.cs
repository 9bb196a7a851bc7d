namespace Gongkai.Domain.Appeals;

/// <summary>
/// How a 行政诉讼 reached the court — the two column groups of table 四 (行政诉讼›未经复议直接起诉 / 复议后起诉).
/// Persisted as the member name; never renamed.
/// </summary>
public enum LitigationRoute
{
    /// <summary>
    /// 未经复议直接起诉: sued directly (行政诉讼法 第四十四条第一款, 第四十六条 — within six months of knowing the act [U]).
    /// </summary>
    Direct,

    /// <summary>
    /// 复议后起诉: sued after reconsideration — against the 复议决定, or because the 复议机关 did not decide in time
    /// (行政诉讼法 第四十五条 — within fifteen days [U]).
    /// </summary>
    AfterReconsideration,
}
