namespace Gongkai.Domain.Notices;

/// <summary>
/// What an agency writes in a notice template: the letterhead (机关名称 printed in red at the top), the prefix of
/// its document numbers ("西政依复" gives 西政依复〔2025〕12号), the title, the body with placeholders (one paragraph
/// a line, the first line the addressee) and its remedies sentence ({救济途径}).
/// </summary>
/// <param name="Letterhead">版头: the agency's name as printed at the top.</param>
/// <param name="NumberPrefix">发文机关代字, e.g. 西政依复.</param>
/// <param name="Title">The notice's title.</param>
/// <param name="Body">The body, one paragraph a line, with {placeholders}.</param>
/// <param name="Remedies">The text of {救济途径}.</param>
public sealed record NoticeTemplateText(string Letterhead, string NumberPrefix, string Title, string Body, string Remedies)
{
    /// <summary>
    /// Refuses a template that could not make a lawful notice: missing parts, a placeholder that does not exist, or a
    /// decision notice that no longer tells the remedies.
    /// </summary>
    /// <exception cref="RuleViolationException">The template is refused; the message says why.</exception>
    public void Validate(NoticeKind kind)
    {
        Require(Letterhead, "告知书模板须写明版头的机关名称。");
        Require(NumberPrefix, "告知书模板须写明发文字号的机关代字，如“西政依复”。");
        Require(Title, "告知书模板须有标题。");
        Require(Body, "告知书模板的正文不能为空。");
        if (NumberPrefix.IndexOfAny(['〔', '〕', '[', ']', '{', '}']) >= 0 || NumberPrefix.Trim().Length > 20)
        {
            throw new RuleViolationException("发文字号的机关代字只写代字本身（不超过20个字），年份〔2025〕和序号由系统生成。");
        }

        var unknown = new[] { Letterhead, Title, Body, Remedies }
            .SelectMany(NoticePlaceholders.UsedIn)
            .Where(name => !NoticePlaceholders.IsKnown(name))
            .Distinct()
            .ToList();
        if (unknown.Count > 0)
        {
            throw new RuleViolationException(
                $"模板中的占位符{string.Concat(unknown.Select(n => $"“{{{n}}}”"))}无法识别。可以使用的占位符："
                + string.Join("、", NoticePlaceholders.All.Select(n => $"{{{n}}}")) + "。");
        }

        if (NoticePlaceholders.UsedIn(Remedies).Count > 0)
        {
            throw new RuleViolationException("救济途径中不能再使用占位符。");
        }

        var usesRemedies = NoticePlaceholders.UsedIn(Body).Contains(NoticePlaceholders.Remedies);
        if (NoticeKinds.TellsRemedies(kind) && !usesRemedies)
        {
            throw new RuleViolationException($"“{NoticeKinds.ChineseName(kind)}”是对申请作出的决定，须告知救济途径：请在正文中保留{{救济途径}}。");
        }

        if (usesRemedies && string.IsNullOrWhiteSpace(Remedies))
        {
            throw new RuleViolationException("正文使用了{救济途径}，须写明救济途径（申请行政复议、提起行政诉讼的期限）。");
        }
    }

    /// <summary>The same text with surrounding white space removed and line breaks normalised to '\n'.</summary>
    public NoticeTemplateText Normalised() => new(
        Letterhead?.Trim() ?? string.Empty,
        NumberPrefix?.Trim() ?? string.Empty,
        Title?.Trim() ?? string.Empty,
        (Body ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim(),
        Remedies?.Trim() ?? string.Empty);

    private static void Require(string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new RuleViolationException(message);
        }
    }
}
