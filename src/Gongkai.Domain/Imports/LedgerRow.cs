using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Imports;

/// <summary>
/// One request as a ledger row records it, read and checked: everything Gongkai needs to rebuild the request with
/// its events (<see cref="DisclosureRequest.ImportFromLedger"/>).
/// </summary>
public sealed record LedgerRow
{
    /// <summary>The sheet.</summary>
    public required string Sheet { get; init; }

    /// <summary>The 1-based row number in the file.</summary>
    public required int Row { get; init; }

    /// <summary>申请人姓名或者名称.</summary>
    public required string ApplicantName { get; init; }

    /// <summary>The applicant's column of table 三.</summary>
    public required ApplicantKind ApplicantKind { get; init; }

    /// <summary>How it arrived.</summary>
    public required SubmissionChannel Channel { get; init; }

    /// <summary>收到申请之日 as the ledger records it.</summary>
    public required DateOnly ReceivedOn { get; init; }

    /// <summary>申请内容.</summary>
    public required string Description { get; init; }

    /// <summary>The reply date; null while open.</summary>
    public DateOnly? RepliedOn { get; init; }

    /// <summary>The outcome; null while open.</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>The outcome as the ledger wrote it (kept as the reply's grounds).</summary>
    public string? OutcomeText { get; init; }

    /// <summary>Whether the ledger notes an extension.</summary>
    public bool Extended { get; init; }

    /// <summary>The extension's working days when the ledger records them.</summary>
    public int? ExtensionWorkingDays { get; init; }

    /// <summary>备注.</summary>
    public string? Note { get; init; }

    /// <summary>联系电话.</summary>
    public string? Phone { get; init; }

    /// <summary>通信地址.</summary>
    public string? Address { get; init; }

    /// <summary>电子邮箱.</summary>
    public string? Email { get; init; }

    /// <summary>The key two rows of one request share: receipt day, applicant and content (<see cref="TextKey"/>).</summary>
    public string NaturalKey => NaturalKeyOf(ReceivedOn, ApplicantName, Description);

    /// <summary>The natural key of a request (also for requests already in the database).</summary>
    public static string NaturalKeyOf(DateOnly receivedOn, string applicantName, string description) =>
        $"{receivedOn:yyyy-MM-dd}|{TextKey.Of(applicantName)}|{TextKey.Of(description)}";
}
