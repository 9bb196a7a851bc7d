namespace Gongkai.Domain.Catalogue;

/// <summary>
/// Where a catalogue entry stands in its publishing workflow (条例 第十七条 保密审查 before 第二十六条 publication):
/// Draft → SubmittedForReview → Approved | Returned → Published → Withdrawn. Persisted as strings; never renamed.
/// </summary>
public enum CatalogueEntryStatus
{
    /// <summary>Being prepared (or changed after publication); not visible to the public.</summary>
    Draft,

    /// <summary>主动公开: visible on the portal and found by search.</summary>
    Published,

    /// <summary>撤回: no longer shown; the reason is kept.</summary>
    Withdrawn,

    /// <summary>送审: waiting for the confidentiality review (保密审查, 第十七条).</summary>
    SubmittedForReview,

    /// <summary>审查通过: may be published.</summary>
    Approved,

    /// <summary>退回修改: the reviewer returned it with a reason; the author edits and submits again.</summary>
    Returned,
}

/// <summary>Statuses as the back office prints them.</summary>
public static class CatalogueEntryStatusNames
{
    /// <summary>The status in Chinese.</summary>
    public static string ChineseName(this CatalogueEntryStatus status) => status switch
    {
        CatalogueEntryStatus.Draft => "草稿",
        CatalogueEntryStatus.SubmittedForReview => "待审查",
        CatalogueEntryStatus.Approved => "审查通过",
        CatalogueEntryStatus.Returned => "退回修改",
        CatalogueEntryStatus.Published => "已发布",
        CatalogueEntryStatus.Withdrawn => "已撤回",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
