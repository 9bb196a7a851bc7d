using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Domain.Calendar;

namespace Gongkai.Cli.Deadlines;

/// <summary>Writes a <see cref="DeadlineProof"/> as the contract's JSON or as a proof for people.</summary>
public static class DeadlineProofWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// <c>{"receivedOn","dueOn","state","steps":[{"on","article","text"}],"warnings":[…]}</c>, plus
    /// <c>extensionWorkingDays</c>, and <c>endedOn</c>/<c>outcome</c> when the request ended without a reply.
    /// </summary>
    public static string ToJson(DeadlineProof proof)
    {
        var body = new Dictionary<string, object?>
        {
            ["receivedOn"] = Date(proof.ReceivedOn),
            ["dueOn"] = proof.DueOn is { } due ? Date(due) : null,
            ["state"] = StateName(proof.State),
            ["steps"] = proof.Steps.Select(s => new Dictionary<string, string> { ["on"] = Date(s.On), ["article"] = s.Article, ["text"] = s.Text }),
            ["warnings"] = proof.Warnings,
            ["extensionWorkingDays"] = proof.ExtensionWorkingDays,
        };
        if (proof.EndedOn is { } ended)
        {
            body["endedOn"] = Date(ended);
            body["outcome"] = proof.EndedWith?.ToString();
        }

        return JsonSerializer.Serialize(body, Json);
    }

    /// <summary>The proof as an officer, an applicant or a judge reads it.</summary>
    public static string ToText(DeadlineProof proof)
    {
        var text = new StringBuilder();
        text.Append("收到申请之日：").Append(ChineseDates.WithWeekday(proof.ReceivedOn)).Append('\n');
        text.Append("答复期限：").Append(proof.State switch
        {
            ClockState.Running => ChineseDates.WithWeekday(proof.DueOn!.Value),
            ClockState.AwaitingCorrection => "待定（等待申请人补正，收到补正后重新计算）",
            ClockState.Paused => "暂停计算（征求意见或等待缴费）",
            _ => $"不再适用：申请已于{ChineseDates.Format(proof.EndedOn!.Value)}终止办理",
        }).Append('\n');
        text.Append("\n推算过程：\n");
        var number = 1;
        foreach (var step in proof.Steps)
        {
            text.Append(number++).Append(". 【").Append(step.Article).Append("】").Append(step.Text).Append('\n');
        }

        if (proof.Warnings.Count > 0)
        {
            text.Append("\n注意：\n");
            foreach (var warning in proof.Warnings)
            {
                text.Append("- ").Append(warning).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string StateName(ClockState state) => state switch
    {
        ClockState.Running => "running",
        ClockState.AwaitingCorrection => "awaitingCorrection",
        ClockState.Paused => "paused",
        ClockState.Ended => "ended",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
