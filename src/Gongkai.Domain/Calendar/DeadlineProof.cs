using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Calendar;

/// <summary>One reasoned step of a proof: the date it concerns, the article it applies, and the reasoning in Chinese.</summary>
public sealed record ProofStep(DateOnly On, string Article, string Text);

/// <summary>Where the reply clock stands after the last event.</summary>
public enum ClockState
{
    /// <summary>Counting towards <see cref="DeadlineProof.DueOn"/>.</summary>
    Running,

    /// <summary>Waiting for the corrected request (第三十条); no due date until it arrives.</summary>
    AwaitingCorrection,

    /// <summary>Stopped while a consultation or a fee payment is outstanding (第三十三条第三款).</summary>
    Paused,

    /// <summary>The request ended without a reply being due (补正 or fee lapsed).</summary>
    Ended,
}

/// <summary>
/// The reply deadline of a request and the steps that produced it, each citing its article, readable by an officer,
/// an applicant or a judge. <see cref="Warnings"/> lists everything the result rests on that is uncertain (a year
/// whose holiday notice is not loaded, an unconfirmed online request) or irregular (a late correction notice).
/// </summary>
public sealed record DeadlineProof(
    DateOnly ReceivedOn,
    DateOnly? DueOn,
    ClockState State,
    IReadOnlyList<ProofStep> Steps,
    IReadOnlyList<string> Warnings)
{
    /// <summary>When the request ended without a reply (<see cref="ClockState.Ended"/>).</summary>
    public DateOnly? EndedOn { get; init; }

    /// <summary>The outcome the ending counts as in the annual report.</summary>
    public Outcome? EndedWith { get; init; }

    /// <summary>Working days of extension approved in all.</summary>
    public int ExtensionWorkingDays { get; init; }
}
