namespace Gongkai.Domain.Appeals;

/// <summary>
/// One step of a 行政复议 or 行政诉讼 case as the office learns of it — 受理, 答复/答辩, 听证/开庭, 中止, 一审判决, 上诉,
/// 二审判决 … — kept as the case's history. Stages do not change how the case counts: only the decision does
/// (docs/decisions/0002-appeal-counting.md).
/// </summary>
public sealed record AppealStage
{
    /// <summary>The names the case pages suggest (any other name may be recorded).</summary>
    public static IReadOnlyList<string> Suggested { get; } =
        ["受理", "提交答复/答辩", "听证/开庭", "中止审理", "恢复审理", "一审判决", "提起上诉", "二审判决", "申请再审"];

    /// <summary>Creates a stage.</summary>
    public AppealStage(string name, DateOnly on, string? note, string recordedBy, DateTime recordedAtUtc)
    {
        Name = name;
        On = on;
        Note = note;
        RecordedBy = recordedBy;
        RecordedAtUtc = recordedAtUtc;
    }

    /// <summary>What happened, e.g. 开庭.</summary>
    public string Name { get; init; }

    /// <summary>The day it happened.</summary>
    public DateOnly On { get; init; }

    /// <summary>Details (e.g. the court, the hearing room); null when none.</summary>
    public string? Note { get; init; }

    /// <summary>Who recorded it.</summary>
    public string RecordedBy { get; init; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime RecordedAtUtc { get; init; }
}
