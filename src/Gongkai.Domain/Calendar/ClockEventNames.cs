namespace Gongkai.Domain.Calendar;

/// <summary>The names of clock events in the deadline contract (JSON) and in Chinese.</summary>
public static class ClockEventNames
{
    private static readonly (ClockEventKind Kind, string Contract, string Chinese)[] Names =
    [
        (ClockEventKind.CorrectionRequested, "correctionRequested", "告知补正"),
        (ClockEventKind.CorrectionReceived, "correctionReceived", "收到补正"),
        (ClockEventKind.CorrectionLapsed, "correctionLapsed", "逾期不补正"),
        (ClockEventKind.ExtensionApproved, "extensionApproved", "批准延长答复期限"),
        (ClockEventKind.ConsultationStarted, "consultationStarted", "征求意见开始"),
        (ClockEventKind.ConsultationEnded, "consultationEnded", "征求意见结束"),
        (ClockEventKind.FeeNoticeSent, "feeNoticeSent", "发出收费通知"),
        (ClockEventKind.FeePaid, "feePaid", "缴纳费用"),
        (ClockEventKind.FeeLapsed, "feeLapsed", "逾期未缴费"),
        (ClockEventKind.DelayedReplySet, "delayedReply", "确定延迟答复期限"),
    ];

    /// <summary>The Chinese name of a kind.</summary>
    public static string Of(ClockEventKind kind) => Names.First(n => n.Kind == kind).Chinese;

    /// <summary>The contract name of a kind ("correctionRequested").</summary>
    public static string ContractName(ClockEventKind kind) => Names.First(n => n.Kind == kind).Contract;

    /// <summary>The kind of a contract name, or null when unknown.</summary>
    public static ClockEventKind? FromContractName(string name) =>
        Names.Where(n => n.Contract == name).Select(n => (ClockEventKind?)n.Kind).FirstOrDefault();

    /// <summary>All contract names, for messages listing what is accepted.</summary>
    public static IEnumerable<string> ContractNames => Names.Select(n => n.Contract);
}
