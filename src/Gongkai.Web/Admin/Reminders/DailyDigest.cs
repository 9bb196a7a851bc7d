using System.Text;

namespace Gongkai.Web.Admin.Reminders;

/// <summary>One thing an officer should act on.</summary>
/// <param name="Section">申请办理, 目录发布 or 年度报告.</param>
/// <param name="Text">What is due, in one sentence.</param>
/// <param name="Link">The back-office page to act on it.</param>
/// <param name="Urgent">Overdue (red) rather than due soon.</param>
public sealed record DigestItem(string Section, string Text, string Link, bool Urgent);

/// <summary>
/// 每日待办: what falls due for one officer on one day — requests overdue or due within 3 working days (条例 第三十三条),
/// requests waiting for confirmation or for the approver, catalogue entries waiting for the confidentiality review or
/// past the 20 working days of 第二十六条, and the annual report before its 第四十九条 deadline.
/// </summary>
public sealed record DailyDigest(DateOnly Today, IReadOnlyList<DigestItem> Items)
{
    /// <summary>Nothing to report.</summary>
    public bool IsEmpty => Items.Count == 0;

    /// <summary>The mail body (plain text; links relative to <paramref name="baseAddress"/>).</summary>
    public string ToMailText(string displayName, string baseAddress)
    {
        var text = new StringBuilder();
        text.AppendLine($"{displayName}，您好：");
        text.AppendLine();
        text.AppendLine($"截至 {Today:yyyy-MM-dd}，以下事项需要您办理：");
        foreach (var section in Items.GroupBy(i => i.Section))
        {
            text.AppendLine();
            text.AppendLine($"【{section.Key}】");
            foreach (var item in section)
            {
                text.AppendLine($"{(item.Urgent ? "（已超期）" : "")}{item.Text}  {baseAddress.TrimEnd('/')}{item.Link}");
            }
        }

        text.AppendLine();
        text.AppendLine("本邮件由政府信息公开工作平台自动发送，请登录平台办理。");
        return text.ToString();
    }
}
