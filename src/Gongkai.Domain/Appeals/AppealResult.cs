namespace Gongkai.Domain.Appeals;

/// <summary>
/// 审理结果 of a 行政复议 or 行政诉讼 case, as table 四 of the annual report counts it (国办公开办函〔2019〕60号 /
/// 〔2021〕30号: 结果维持 / 结果纠正 / 其他结果 / 尚未审结, see <c>Table4Labels</c>). <see cref="Pending"/> is never
/// recorded as a decision: it is what a case without a decision (or decided after the day asked about) shows.
/// Persisted as the member name; never renamed.
/// </summary>
public enum AppealResult
{
    /// <summary>结果维持: the agency's act upheld (复议维持; 判决驳回原告诉讼请求 or 维持).</summary>
    Upheld,

    /// <summary>结果纠正: the agency lost — the act revoked, changed, confirmed unlawful, or the agency ordered to act.</summary>
    Corrected,

    /// <summary>其他结果: neither — e.g. withdrawn (撤回), settled (调解), 驳回复议申请 / 驳回起诉 on procedure, terminated (终止).</summary>
    Other,

    /// <summary>尚未审结: no decision yet.</summary>
    Pending,
}
