using System.Globalization;
using System.Text.Json;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Cli.Deadlines;

/// <summary>
/// The input of <c>gongkai deadline</c> (a stable contract, see README):
/// <code>
/// {"channel":"in-person|post|online|fax|email","submittedOn":"YYYY-MM-DD","confirmedOn":"YYYY-MM-DD",
///  "events":[{"kind":"correctionRequested|…","on":"YYYY-MM-DD","workingDays":N,"until":"YYYY-MM-DD","party":"thirdParty|agency"}]}
/// </code>
/// Parsing is strict: an unknown field, kind or channel, a malformed date or a missing value is reported with its
/// JSON path, so a typo is never silently ignored.
/// </summary>
public sealed record DeadlineScenario(Receipt Receipt, IReadOnlyList<ClockEvent> Events)
{
    private static readonly Dictionary<string, SubmissionChannel> Channels = new()
    {
        ["in-person"] = SubmissionChannel.InPerson,
        ["post"] = SubmissionChannel.Post,
        ["online"] = SubmissionChannel.Online,
        ["email"] = SubmissionChannel.Email,
        ["fax"] = SubmissionChannel.Fax,
    };

    private static readonly string[] TopFields = ["channel", "submittedOn", "confirmedOn", "events"];
    private static readonly string[] EventFields = ["kind", "on", "workingDays", "until", "party"];

    /// <summary>Parses a scenario.</summary>
    /// <exception cref="RuleViolationException">The input is not a valid scenario; the message names the place.</exception>
    public static DeadlineScenario Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new RuleViolationException($"输入不是有效的 JSON（第{e.LineNumber + 1}行）：{e.Message.Split(" Path:")[0]}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new RuleViolationException("输入应为一个 JSON 对象：{\"channel\":…,\"submittedOn\":…,\"events\":[…]}。");
            }

            RejectUnknown(root, TopFields, string.Empty);
            var channelName = RequiredString(root, "channel", "channel");
            if (!Channels.TryGetValue(channelName, out var channel))
            {
                throw new RuleViolationException($"channel \"{channelName}\" 未知，应为 {string.Join(" | ", Channels.Keys)}。");
            }

            var receipt = new Receipt(channel, RequiredDate(root, "submittedOn", "submittedOn"), OptionalDate(root, "confirmedOn", "confirmedOn"));
            var events = new List<ClockEvent>();
            if (root.TryGetProperty("events", out var list) && list.ValueKind != JsonValueKind.Null)
            {
                if (list.ValueKind != JsonValueKind.Array)
                {
                    throw new RuleViolationException("events 应为数组。");
                }

                var index = 0;
                foreach (var item in list.EnumerateArray())
                {
                    events.Add(ParseEvent(item, $"events[{index++}]"));
                }
            }

            return new DeadlineScenario(receipt, events);
        }
    }

    private static ClockEvent ParseEvent(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new RuleViolationException($"{path} 应为对象 {{\"kind\":…,\"on\":…}}。");
        }

        RejectUnknown(item, EventFields, path + ".");
        var kindName = RequiredString(item, "kind", $"{path}.kind");
        var kind = ClockEventNames.FromContractName(kindName)
            ?? throw new RuleViolationException($"{path}.kind \"{kindName}\" 未知，应为 {string.Join(" | ", ClockEventNames.ContractNames)}。");
        var on = RequiredDate(item, "on", $"{path}.on");

        int? workingDays = null;
        if (item.TryGetProperty("workingDays", out var wd) && wd.ValueKind != JsonValueKind.Null)
        {
            if (wd.ValueKind != JsonValueKind.Number || !wd.TryGetInt32(out var n) || n <= 0)
            {
                throw new RuleViolationException($"{path}.workingDays 应为正整数。");
            }

            if (kind is not (ClockEventKind.ExtensionApproved or ClockEventKind.CorrectionRequested or ClockEventKind.FeeNoticeSent))
            {
                throw new RuleViolationException($"{path}.workingDays 只适用于 extensionApproved、correctionRequested、feeNoticeSent。");
            }

            workingDays = n;
        }

        if (kind == ClockEventKind.ExtensionApproved && workingDays is null)
        {
            throw new RuleViolationException($"{path}：extensionApproved 须有 workingDays（延长的工作日数）。");
        }

        if (workingDays > StatutoryClock.ExtensionCapWorkingDays && kind == ClockEventKind.ExtensionApproved)
        {
            throw new RuleViolationException($"{path}.workingDays {workingDays} 超过延长上限{StatutoryClock.ExtensionCapWorkingDays}个工作日（第三十三条第二款）。");
        }

        var until = OptionalDate(item, "until", $"{path}.until");
        if (kind == ClockEventKind.DelayedReplySet && until is null)
        {
            throw new RuleViolationException($"{path}：delayedReply 须有 until（第三十五条确定的答复期限）。");
        }

        if (kind != ClockEventKind.DelayedReplySet && until is not null)
        {
            throw new RuleViolationException($"{path}.until 只适用于 delayedReply。");
        }

        ConsultedParty? party = null;
        if (item.TryGetProperty("party", out var p) && p.ValueKind != JsonValueKind.Null)
        {
            if (kind != ClockEventKind.ConsultationStarted)
            {
                throw new RuleViolationException($"{path}.party 只适用于 consultationStarted。");
            }

            party = p.ValueKind == JsonValueKind.String ? p.GetString() switch
            {
                "thirdParty" => ConsultedParty.ThirdParty,
                "agency" => ConsultedParty.OtherAgency,
                _ => null,
            } : null;
            if (party is null)
            {
                throw new RuleViolationException($"{path}.party 应为 thirdParty（第三十二条）或 agency（第三十四条）。");
            }
        }

        return new ClockEvent(kind, on) { WorkingDays = workingDays, Until = until, Party = party };
    }

    private static void RejectUnknown(JsonElement element, string[] known, string prefix)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new RuleViolationException($"{prefix}{property.Name} 不是可识别的字段（可用：{string.Join("、", known)}）。");
            }
        }
    }

    private static string RequiredString(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new RuleViolationException($"缺少 {path}。");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new RuleViolationException($"{path} 应为字符串。");
        }

        return value.GetString()!;
    }

    private static DateOnly RequiredDate(JsonElement element, string name, string path) =>
        OptionalDate(element, name, path) ?? throw new RuleViolationException($"缺少 {path}（YYYY-MM-DD）。");

    private static DateOnly? OptionalDate(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new RuleViolationException($"{path} \"{text}\" 不是有效日期（应为 YYYY-MM-DD）。");
        }

        return date;
    }
}
