using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Notices;

/// <summary>
/// Fills a template's placeholders and lays out the notice (<see cref="NoticeText"/>). Refuses to issue a notice
/// with a blank where the template asks for a value: the message names every missing field.
/// </summary>
public static class NoticeComposer
{
    /// <summary>The text of a notice made from <paramref name="template"/> with <paramref name="number"/>.</summary>
    /// <param name="template">The agency's template (or the built-in one).</param>
    /// <param name="number">The allocated document number; fills {文号}.</param>
    /// <param name="values">Placeholder name → value; blank or absent means missing.</param>
    /// <exception cref="RuleViolationException">A placeholder the template uses has no value.</exception>
    public static NoticeText Compose(NoticeTemplate template, NoticeNumber number, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(values);
        var all = new Dictionary<string, string?>(values) { [NoticePlaceholders.DocumentNumber] = number.ToString() };
        if (!all.TryGetValue(NoticePlaceholders.Remedies, out var remedies) || string.IsNullOrWhiteSpace(remedies))
        {
            all[NoticePlaceholders.Remedies] = template.Remedies;
        }

        var needed = new[] { template.Letterhead, template.Title, template.Body }
            .SelectMany(NoticePlaceholders.UsedIn)
            .Append(NoticePlaceholders.Signatory)
            .Append(NoticePlaceholders.IssuedOn)
            .Distinct()
            .ToList();
        var missing = needed.Where(name => !all.TryGetValue(name, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
        if (missing.Count > 0)
        {
            throw new RuleViolationException(
                $"出具“{NoticeKinds.ChineseName(template.Kind)}”缺少{string.Concat(missing.Select(n => $"“{n}”"))}，请填写后再出具。");
        }

        string Fill(string text) => NoticePlaceholders.Fill(text, name => all[name]!.Trim());
        var lines = template.Body.Split('\n')
            .SelectMany(line => Fill(line).Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToList();
        string? addressee = null;
        if (lines.Count > 0 && lines[0].EndsWith('：'))
        {
            addressee = lines[0];
            lines.RemoveAt(0);
        }

        return new NoticeText(Fill(template.Letterhead), number.ToString(), Fill(template.Title), addressee, lines,
            all[NoticePlaceholders.Signatory]!.Trim(), all[NoticePlaceholders.IssuedOn]!.Trim());
    }

    /// <summary>成文日期 as printed on a notice: "2025年3月3日".</summary>
    public static string DateLine(DateOnly issuedOn) => ChineseDates.Format(issuedOn);
}
