using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

/// <summary>
/// What an event carries beyond its kind, day and author — given once, when the event is appended: a
/// <see cref="RequestEvent"/> never changes afterwards (the request's history is a record, 第四十五条 归档).
/// </summary>
internal sealed record RequestEventDetails
{
    /// <summary>Working days: extension length; correction period; fee payment period.</summary>
    public int? WorkingDays { get; init; }

    /// <summary>The reply date set under 第三十五条.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>The outcome of a reply, or of a lapse.</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>Whose opinion a consultation asks.</summary>
    public ConsultedParty? Party { get; init; }

    /// <summary>Who approved (工作机构负责人) an extension.</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>A fee in 分.</summary>
    public long? AmountFen { get; init; }

    /// <summary>Reasons, grounds, items to correct, delivery method and evidence.</summary>
    public string? Note { get; init; }
}
