using Gongkai.Domain.Requests;

namespace Gongkai.Domain.AnnualReports.Publishing;

/// <summary>
/// The text people wrote for one part of a report (the drafted figure sentences are not stored here: they are
/// regenerated from the data). Owned by <see cref="AnnualReportDraft"/>.
/// </summary>
public sealed class SectionEdit
{
    private SectionEdit()
    {
        Heading = string.Empty;
        Text = string.Empty;
        EditedBy = null!;
    }

    internal SectionEdit(string heading, string text, RecordedBy by)
    {
        Heading = heading;
        Text = text;
        EditedBy = by;
    }

    /// <summary>The official heading of the part, e.g. "五、存在的主要问题及改进情况".</summary>
    public string Heading { get; private set; }

    /// <summary>The people's text, paragraphs separated by '\n'.</summary>
    public string Text { get; private set; }

    /// <summary>Who wrote the current text, and when.</summary>
    public RecordedBy EditedBy { get; private set; }

    internal void Replace(string text, RecordedBy by)
    {
        Text = text;
        EditedBy = by;
    }
}
